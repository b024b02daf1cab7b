// Which Nu HTML checker messages are not HTML errors: CSS the checker's CSS module predates, and nothing else.
import { describe, expect, it } from 'vitest';
import { isIgnoredHtmlMessage } from '../../../tools/check/vnu';

describe('isIgnoredHtmlMessage', () => {
  it('ignores container-query units and properties the checker does not know', () => {
    expect(
      isIgnoredHtmlMessage({ message: 'CSS: “max-width”: Unknown dimension.', extract: 'max-width:100cqi}@medi' }),
    ).toBe(true);
    expect(
      isIgnoredHtmlMessage({ message: "CSS: “container-type”: Property “container-type” doesn't exist.", extract: '' }),
    ).toBe(true);
  });

  it('still reports a unit that is simply wrong, and HTML errors', () => {
    expect(isIgnoredHtmlMessage({ message: 'CSS: “max-width”: Unknown dimension.', extract: 'max-width:100pz}' })).toBe(
      false,
    );
    expect(isIgnoredHtmlMessage({ message: 'Duplicate ID “map”.', extract: '<div id="map">' })).toBe(false);
  });
});
