// The hex maps: Open Innovations HexJSON validated (codes, regions, a stray hex) and laid out as an SVG-ready map.
import { DEFAULT_HEX_OPTIONS, layoutHexes, type HexCell } from '../../src/lib/maps/hex-layout';
import type { HexLayout, MapGeometry } from '../../src/lib/maps/types';
import { DataError } from '../../src/lib/data-error';
import { checkAllPresent, isObject, lineFinder, parseJson, type GeometryInput } from './geometry-input';
/** Region abbreviations of the 2010-2023 Open Innovations hex file ("a"). */
const HEX_REGION_ABBREVIATIONS: Record<string, string> = {
  NE: 'E12000001',
  NW: 'E12000002',
  YH: 'E12000003',
  EM: 'E12000004',
  WM: 'E12000005',
  EA: 'E12000006',
  LO: 'E12000007',
  SE: 'E12000008',
  SW: 'E12000009',
  WA: 'W92000004',
  SC: 'S92000003',
  NI: 'N92000002',
};

/** A 650-seat hex layout spans a few dozen cells; more than this many columns or rows means a stray hex. */
export const MAX_HEX_SPAN = 120;

/** Stops on a hex far outside the layout: names the hex farthest from the median cell. */
function checkHexSpan(
  file: string,
  lines: ReturnType<typeof lineFinder>,
  cells: readonly { code: string; q: number; r: number }[],
): void {
  if (!cells.length) return;
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  const mq = median(cells.map((c) => c.q));
  const mr = median(cells.map((c) => c.r));
  for (const axis of ['q', 'r'] as const) {
    const values = cells.map((c) => c[axis]);
    if (Math.max(...values) - Math.min(...values) <= MAX_HEX_SPAN) continue;
    const far = [...cells].sort(
      (a, b) => Math.abs(b.q - mq) + Math.abs(b.r - mr) - (Math.abs(a.q - mq) + Math.abs(a.r - mr)),
    )[0]!;
    throw new DataError(
      file,
      lines.of(`"${far.code}"`),
      axis,
      `hex "${far.code}" at q=${far.q}, r=${far.r} is outside the layout: the hexes would span more than ${MAX_HEX_SPAN} ${axis === 'q' ? 'columns' : 'rows'} (most are near q=${mq}, r=${mr})`,
    );
  }
}

/** Validate an Open Innovations HexJSON file (odd-r or even-r) into hex cells. */
export function parseHexJson(input: GeometryInput): { layout: HexLayout; cells: HexCell[] } {
  const { file, text, knownCodes } = input;
  const json = parseJson(file, text);
  const lines = lineFinder(text);
  if (!isObject(json) || !isObject(json.hexes))
    throw new DataError(file, 1, 'hexes', 'expected a HexJSON object with a "hexes" object');
  const layout = json.layout;
  if (layout !== 'odd-r' && layout !== 'even-r') {
    throw new DataError(
      file,
      lines.of('"layout"'),
      'layout',
      `layout ${JSON.stringify(layout ?? null)} is not supported (expected "odd-r" or "even-r")`,
    );
  }
  // JSON.parse keeps only the last of two equal keys, so duplicates are found in the text itself.
  const keyCounts = new Map<string, number>();
  for (const m of text.matchAll(/"([^"\\]*)"\s*:\s*\{/g)) {
    const k = m[1]!;
    if (k === 'hexes') continue;
    const n = (keyCounts.get(k) ?? 0) + 1;
    keyCounts.set(k, n);
    if (n === 2) throw new DataError(file, lines.at(m.index ?? 0), 'hexes', `duplicate constituency code "${k}"`);
  }
  const cellAt = new Map<string, string>();
  const cells = Object.entries(json.hexes).map(([code, hex]) => {
    const line = (): number | null => lines.of(`"${code}"`);
    if (!knownCodes.has(code)) throw new DataError(file, line(), 'hexes', `unknown constituency code "${code}"`);
    if (!isObject(hex)) throw new DataError(file, line(), 'hexes', `hex "${code}" is not an object`);
    for (const f of ['q', 'r'] as const) {
      if (typeof hex[f] !== 'number' || !Number.isInteger(hex[f])) {
        throw new DataError(
          file,
          line(),
          f,
          `hex "${code}" has ${f}=${JSON.stringify(hex[f] ?? null)}; expected an integer`,
        );
      }
    }
    const q = hex.q as number;
    const r = hex.r as number;
    if (typeof hex.n !== 'string' || !hex.n.trim()) throw new DataError(file, line(), 'n', `hex "${code}" has no name`);
    const region =
      typeof hex.region === 'string'
        ? hex.region
        : typeof hex.a === 'string'
          ? (HEX_REGION_ABBREVIATIONS[hex.a] ?? hex.a)
          : null;
    const expected = input.regions?.get(code);
    if (region !== null && expected !== undefined && region !== expected) {
      throw new DataError(
        file,
        line(),
        typeof hex.region === 'string' ? 'region' : 'a',
        `hex "${code}" is in region ${JSON.stringify(typeof hex.region === 'string' ? hex.region : hex.a)} but the results files put it in ${expected}`,
      );
    }
    const cell = `${q},${r}`;
    const other = cellAt.get(cell);
    if (other) throw new DataError(file, line(), 'q,r', `hexes "${other}" and "${code}" are both at q=${q}, r=${r}`);
    cellAt.set(cell, code);
    return { code, name: hex.n.trim(), q, r, region: input.regions?.get(code) ?? null };
  });
  checkAllPresent(file, 'hexes', knownCodes, new Set(cells.map((c) => c.code)));
  checkHexSpan(file, lines, cells);
  return { layout, cells };
}

export function buildHexGeometry(input: GeometryInput): MapGeometry {
  const { layout, cells } = parseHexJson(input);
  return { set: input.set, ...layoutHexes(cells, layout, { ...DEFAULT_HEX_OPTIONS, ...input.hex }) };
}
