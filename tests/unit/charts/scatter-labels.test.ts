// Name labels of a scatter (src/charts/scatter-labels.ts), on hand-placed points: above, else below, else right, else
// left, anchored away from the frame's sides, and left out where none fits.
import { describe, expect, it } from 'vitest';
import { placeScatterLabels } from '~/charts/scatter-labels';

// 10 px type: a character takes 6.2 px, so "Abcdefghij" is 62 px wide and a label's line 10 px high.
const frame = { left: 50, right: 350, fontSize: 10, gap: 10 };
const spot = (x: number, y: number, text = 'Abcdefghij') => ({ x, y, text });

describe('placeScatterLabels', () => {
  it('puts a label above its point, centred, when nothing is in the way', () => {
    expect(placeScatterLabels([spot(200, 100)], frame)).toEqual([{ index: 0, dx: 0, dy: -10, anchor: 'middle' }]);
  });

  it('tries above, below (10 + 4 px), right, then left of each point, top first, and leaves out a label that fits nowhere', () => {
    // Five points a pixel or so apart under one another, listed out of order. The top one's label spans y 85-95 above
    // it; the second's would overlap that, so it goes below (y 114-124); the third's overlaps both, so it goes to the
    // right (x 210-272); the fourth to the left (x 128-190); the fifth overlaps all four.
    const placed = placeScatterLabels(
      [spot(200, 106), spot(200, 100), spot(200, 108), spot(200, 105), spot(200, 107)],
      frame,
    );
    expect(placed).toEqual([
      { index: 1, dx: 0, dy: -10, anchor: 'middle' },
      { index: 3, dx: 0, dy: 14, anchor: 'middle' },
      { index: 0, dx: 10, dy: 0, anchor: 'start' },
      { index: 4, dx: -10, dy: 0, anchor: 'end' },
    ]);
  });

  it('anchors a label near the left side at its start and near the right side at its end, so it stays inside', () => {
    expect(placeScatterLabels([spot(60, 100), spot(345, 200)], frame)).toEqual([
      { index: 0, dx: 0, dy: -10, anchor: 'start' },
      { index: 1, dx: 0, dy: -10, anchor: 'end' },
    ]);
  });

  it('labels points far enough apart side by side', () => {
    // 62 px wide, centred: 100 and 170 are 70 px apart, so their labels (69-131, 139-201) do not touch.
    expect(placeScatterLabels([spot(100, 100), spot(170, 100)], frame).map((p) => p.dy)).toEqual([-10, -10]);
  });
});
