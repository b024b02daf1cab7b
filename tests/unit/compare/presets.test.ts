// presetSettings: a seat set opens /compare/ on its own pair and measure, or the build stops saying what is missing;
// unavailableReason: a party's measure only for the pair its name belongs to.
import { describe, expect, it } from 'vitest';
import { presetSettings } from '~/lib/compare/settings';

describe('presetSettings', () => {
  it("gives a set's pair and first measure as the page's option ids", () => {
    expect(
      presetSettings('utr-2019', '2017', '2019', {
        label: 'Change in the combined Liberal Democrat, Green and Plaid Cymru vote share',
        outcome: { kind: 'combinedChange', parties: ['ld', 'green', 'pc'] },
      }),
    ).toEqual({ pair: '2017-2019', outcome: 'pact' });
    expect(presetSettings('s', '2019N', '2024', { label: 'swing', outcome: { kind: 'swing' } })).toEqual({
      pair: '2019N-2024',
      outcome: 'swing',
    });
  });

  it('stops on a measure or a pair the page does not offer, instead of opening on another', () => {
    expect(() =>
      presetSettings('s', '2017', '2019', {
        label: 'Change in the combined Labour and Green vote share',
        outcome: { kind: 'combinedChange', parties: ['lab', 'green'] },
      }),
    ).toThrow(
      'seat set s: /compare/ does not offer its measure "Change in the combined Labour and Green vote share"; add it to OUTCOMES in src/lib/compare/settings.ts',
    );
    expect(() => presetSettings('s', '2010', '2019', { label: 'x', outcome: { kind: 'swing' } })).toThrow(
      'seat set s: /compare/ offers no 2010 -> 2019 pair (see PAIRS)',
    );
  });
});

describe('unavailableReason', () => {
  it('gives the reason a party measure does not exist for a pair, and null where it does', async () => {
    const { unavailableReason } = await import('~/lib/compare/settings');
    expect(unavailableReason('brexit', '2017-2019')).toBeNull();
    expect(unavailableReason('brexit', '2019N-2024')).toMatch(/^The Brexit Party stood at one general election, 2019/);
    expect(unavailableReason('reform', '2019N-2024')).toBeNull();
    expect(unavailableReason('reform', '2017-2019')).toMatch(/so its change is for 2019 \(notional\) → 2024 only$/);
    expect(unavailableReason('lab', '2010-2015')).toBeNull();
  });
});
