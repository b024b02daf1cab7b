// The methodology page as built (dist/): the placebo calibration of each headline measure is reported, the one in
// data/calibration.json as tables and the others (data/calibration-*.json) in a line each naming any cell off target.
import { describe, expect, it } from 'vitest';
import { distText, one, parse, text, within } from './dist-files';

describe('/methodology/ in dist/', () => {
  const doc = parse(distText('methodology/index.html'));

  it('sums up the Butler swing and combined pact-share calibrations, one line each', () => {
    const items = within(within([doc], 'ul.calibration-others'), 'li').map(text);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^Butler swing \(the organiser claims’ headline measure\): \d+ cells show a figure; /);
    expect(items[1]).toMatch(
      /^Change in the combined Liberal Democrat, Green and Plaid Cymru share .*: \d+ cells show a figure; /,
    );
    for (const item of items) expect(item).toMatch(/(all within target|off target: .+)\.$/);
  });

  it("states the rule for a set's own average beside the calibration's", () => {
    const intervals = text(one(within([doc], 'dd', 'Welch'), 'the Intervals definition'));
    expect(intervals).toContain("A set's own average gets no interval below 13 seats either");
  });
});
