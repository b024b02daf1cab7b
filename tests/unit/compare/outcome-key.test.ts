import { describe, expect, it } from 'vitest';
import { outcomeKey, parseOutcomeKey } from '~/lib/compare/outcomes';

describe('outcome keys (the batch command takes the engine keys)', () => {
  it('round-trips every kind', () => {
    for (const key of ['change:lab', 'swing:butler', 'swing:steed', 'combinedChange:ld+green+pc'])
      expect(outcomeKey(parseOutcomeKey(key))).toBe(key);
  });

  it('refuses unknown parties, kinds and methods with the forms it accepts', () => {
    for (const bad of ['change:labour', 'swing:other', 'combinedChange:ld', 'share:lab', '', 'change:lab+con']) {
      expect(() => parseOutcomeKey(bad), bad).toThrow(
        /use change:<party>, swing:butler, swing:steed or combinedChange/,
      );
    }
  });
});
