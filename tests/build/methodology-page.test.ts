// The methodology page as built (dist/): the placebo calibration of every measure /compare/ offers is reported, the one
// in data/calibration.json as tables and the others (data/calibration-*.json) in a line each naming any cell off target,
// and the runs with the seats of linked places left out (data/calibration-linked-*.json) the same way.
import { describe, expect, it } from 'vitest';
import { distText, one, parse, text, within } from './dist-files';

describe('/methodology/ in dist/', () => {
  const doc = parse(distText('methodology/index.html'));

  it('sums up the calibration of every other measure /compare/ offers, one line each, naming cells off target', () => {
    const items = within(within([doc], 'ul.calibration-others'), 'li').map(text);
    expect(items.map((i) => i.split(':')[0])).toEqual([
      'Butler swing between Labour and the Conservatives (the organiser claims’ headline measure)',
      'Steed (two-party) swing between Labour and the Conservatives',
      "Change in the Conservatives' share",
      "Change in the Liberal Democrats' share",
      "Change in the Greens' share",
      "Change in the SNP's share",
      "Change in Plaid Cymru's share",
      "Change in the Brexit Party's share (2019)",
      "Change in Reform UK's share (2024)",
      'Change in the combined Liberal Democrat, Green and Plaid Cymru share (the Unite to Remain claim’s measure)',
    ]);
    for (const item of items)
      expect(item).toMatch(/: \d+ cells show a figure; .*(all within target|off target: .+)\.$/);
    expect(items[0]).toContain(
      'off target: 2010-2015, within one region, 13 seats, against matched seats (interval 92.0%, p < 0.05 8.0%)',
    );
  });

  it('sums up the runs with the seats of linked places left out, which the organiser claim checks read', () => {
    expect(text(one(within([doc], '#calibration-linked'), '#calibration-linked'))).toContain(
      'The same run again with the seats of the places that sources tie to the organising unit without naming a seat (22 seats outside the cited sets) left out of the random sets and of the comparison seats, as the organiser claim checks leave them out to check their headlines, for 2017 → 2019.',
    );
    const items = within(within([doc], 'ul.calibration-linked'), 'li').map(text);
    expect(items.map((i) => i.split(':')[0])).toEqual([
      'Butler swing between Labour and the Conservatives (the organiser claims’ headline measure)',
      "Change in Labour's share",
    ]);
    // The one cell off target is a set's own average, which no check uses; every matched cell is on target.
    expect(items[0]).toMatch(
      /: 18 cells show a figure; .*; off target: 2017-2019, across regions, 59 seats, the set's own average \(interval 97\.1%\)\.$/,
    );
    expect(items[1]).toMatch(/: 18 cells show a figure; .*, all within target\.$/);
  });

  it('the /compare/ switch that leaves those seats out says where its intervals were checked, linking to the runs', () => {
    const hint = one(within([parse(distText('compare/index.html'))], '#cmp-leave-hint'), '#cmp-leave-hint');
    expect(text(hint)).toContain(
      "Intervals with them left out were checked on random sets drawn that way only for 2017 → 2019, for the Butler swing between Labour and the Conservatives, and the change in Labour's share (methodology); otherwise they were checked with those seats in.",
    );
    expect(hint.querySelector('a[href$="/methodology/#calibration-linked"]')).not.toBeNull();
  });

  it("states the rule for a set's own average beside the calibration's", () => {
    const intervals = text(one(within([doc], 'dd', 'Welch'), 'the Intervals definition'));
    expect(intervals).toContain("A set's own average gets no interval below 13 seats either");
  });

  it('says the notional estimate shares votes out by overlap populations, not by the rounded share column', () => {
    const step = text(one(within([doc], '#notional ~ ol li', 'mySociety'), 'overlap step'));
    expect(step).toContain('the number of its people living in each 2024 seat (its overlap_pop column');
    expect(step).toContain('not the share column, which is rounded to two decimals');
  });
});
