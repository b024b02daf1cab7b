// Name labels for a scatter's points that neither overlap one another nor run off the frame: each goes above its
// point (anchored at its start or end near a side of the frame), else below it, else to its right, else to its left;
// one that fits nowhere is left out (the table beside the chart names every point).

/** A point in the chart's pixels, and its label. */
export interface LabelSpot {
  x: number;
  y: number;
  text: string;
}

export interface PlacedLabel {
  /** The spot's index in the list given. */
  index: number;
  /** Pixels from the point to the label's anchor: negative to the left. */
  dx: number;
  /** Pixels from the point to the middle of the label's line: negative above it. */
  dy: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface LabelFrame {
  /** The plotting area's left and right edges, in pixels. */
  left: number;
  right: number;
  fontSize: number;
  /** Pixels from a point to the middle of a label above it (below it, 0.4 em more), or to a label beside it. */
  gap: number;
}

/** Ems a character takes, on the generous side for a system sans-serif at small sizes. */
const CHAR_EM = 0.62;

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Where each label goes, top of the chart first; labels that fit nowhere are not in the list. */
export function placeScatterLabels(spots: readonly LabelSpot[], frame: LabelFrame): PlacedLabel[] {
  const { left, right, fontSize, gap } = frame;
  const placed: Box[] = [];
  const out: PlacedLabel[] = [];
  const order = spots.map((_, i) => i).sort((a, b) => spots[a]!.y - spots[b]!.y || spots[a]!.x - spots[b]!.x);
  for (const index of order) {
    const s = spots[index]!;
    const w = s.text.length * fontSize * CHAR_EM;
    const anchor = s.x - w / 2 < left ? 'start' : s.x + w / 2 > right ? 'end' : 'middle';
    const candidates: Omit<PlacedLabel, 'index'>[] = [
      { dx: 0, dy: -gap, anchor },
      { dx: 0, dy: gap + fontSize * 0.4, anchor },
      { dx: gap, dy: 0, anchor: 'start' },
      { dx: -gap, dy: 0, anchor: 'end' },
    ];
    for (const c of candidates) {
      const x = s.x + c.dx;
      const x0 = c.anchor === 'start' ? x : c.anchor === 'end' ? x - w : x - w / 2;
      const box: Box = [x0, s.y + c.dy - fontSize / 2, x0 + w, s.y + c.dy + fontSize / 2];
      if (box[0] < left || box[2] > right || placed.some((p) => overlaps(p, box))) continue;
      placed.push(box);
      out.push({ index, ...c });
      break;
    }
  }
  return out;
}
