// Map colour modes and their URL keys: round trips, and unknown keys refused.
import { describe, expect, it } from 'vitest';
import { isNumericMode, modeKey, needsPrevious, parseModeKey } from '~/lib/maps/values-mode';

describe('modeKey / parseModeKey', () => {
  const sets = ['cou-2019', 'utr-2019'];
  it('round-trips every kind of mode', () => {
    for (const key of ['winner', 'share-lab', 'change-con', 'swing', 'majority', 'turnout', 'set-cou-2019']) {
      const mode = parseModeKey(key, sets);
      expect(mode).not.toBeNull();
      expect(modeKey(mode!)).toBe(key);
    }
    expect(parseModeKey('share-green', sets)).toEqual({ kind: 'share', party: 'green' });
    expect(parseModeKey('set-utr-2019', sets)).toEqual({ kind: 'set', set: 'utr-2019' });
  });

  it('refuses unknown parties, sets and kinds', () => {
    expect(parseModeKey('share-xyz', sets)).toBeNull();
    expect(parseModeKey('set-other-2019', sets)).toBeNull();
    expect(parseModeKey('share-', sets)).toBeNull();
    expect(parseModeKey('<script>', sets)).toBeNull();
    expect(parseModeKey('', sets)).toBeNull();
  });

  it('knows which modes are numbers and which compare with an earlier election', () => {
    expect(isNumericMode({ kind: 'winner' })).toBe(false);
    expect(isNumericMode({ kind: 'set', set: 'cou-2019' })).toBe(false);
    expect(isNumericMode({ kind: 'turnout' })).toBe(true);
    expect(needsPrevious({ kind: 'swing' })).toBe(true);
    expect(needsPrevious({ kind: 'change', party: 'lab' })).toBe(true);
    expect(needsPrevious({ kind: 'share', party: 'lab' })).toBe(false);
  });
});
