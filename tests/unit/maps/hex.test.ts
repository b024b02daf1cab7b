// Hex cartogram layout and HexJSON validation, on a hand-made four-hex fixture.
import { describe, expect, it } from 'vitest';
import { buildMapGeometry } from '../../../pipeline/steps/geometry';
import type { GeometryInput } from '../../../pipeline/steps/geometry-input';
import { isStronglyConnected } from '../../../src/lib/maps/neighbours';
import { subsetGeometry } from '../../../src/lib/maps/subset';
import { fourHexes } from '../../support/map-fixtures';

const { text, knownCodes } = fourHexes();

describe('hex layout (radius 10, padding 10)', () => {
  const geom = buildMapGeometry(fourHexes());
  const seat = (code: string) => geom.seats.find((s) => s.code === code)!;

  it('puts odd rows half a hex to the right and r=1 above r=0', () => {
    // x = 10 + 8.660 * (lattice x + 1), y = 10 + 5 * (lattice y + 5); lattice x = 2q (+1 on odd rows), y = -3r.
    expect([seat('HA').cx, seat('HA').cy]).toEqual([18.7, 35]);
    expect([seat('HB').cx, seat('HB').cy]).toEqual([36, 35]);
    expect([seat('HC').cx, seat('HC').cy]).toEqual([27.3, 20]);
    expect([seat('HD').cx, seat('HD').cy]).toEqual([44.6, 20]);
    expect(geom.viewBox).toEqual([0, 0, 63.3, 55]);
  });

  it('draws a pointy-top hexagon from its top corner, clockwise, in relative moves', () => {
    expect(seat('HA').d).toBe('M18.7 25l8.6 5 0 10-8.6 5-8.7-5 0-10z');
    expect(seat('HA').bbox).toEqual([10, 25, 27.3, 45]);
    expect(seat('HA').hex).toEqual({ q: 0, r: 0 });
  });

  it('links left/right in the row and up/down to the cell in the same column', () => {
    expect(seat('HA').neighbours).toEqual({ right: 'HB', up: 'HC' });
    expect(seat('HB').neighbours).toEqual({ left: 'HA', up: 'HD' });
    expect(seat('HC').neighbours).toEqual({ right: 'HD', down: 'HA' });
    expect(seat('HD').neighbours).toEqual({ left: 'HC', down: 'HB' });
    expect(isStronglyConnected(new Map(geom.seats.map((s) => [s.code, s.neighbours])))).toBe(true);
  });

  it('draws the region mesh along edges between regions, and the outline as one loop', () => {
    expect(geom.regionMesh).toBe('M27.3 30l0 10M27.3 30l8.7-5M36 15l0 10');
    expect(geom.outline.match(/M/g)).toHaveLength(1);
    expect(buildMapGeometry(fourHexes({ regions: new Map() })).regionMesh).toBe('');
  });

  it('re-lays a subset on the same grid, cropped to it, with neighbours inside it only', () => {
    const sub = subsetGeometry(geom, new Set(['HB', 'HD']));
    expect(sub.seats.map((s) => [s.code, s.cx, s.cy])).toEqual([
      ['HB', 18.7, 35],
      ['HD', 27.3, 20],
    ]);
    expect(sub.seats.map((s) => s.neighbours)).toEqual([{ up: 'HD' }, { down: 'HB' }]);
    expect(sub.viewBox).toEqual([0, 0, 46, 55]);
  });
});

describe('HexJSON validation', () => {
  const fails = (over: Partial<GeometryInput>) => () => buildMapGeometry(fourHexes(over));

  it('rejects an unknown code, naming the line', () => {
    expect(fails({ knownCodes: new Set(['HA', 'HB', 'HD']) })).toThrow(
      'four-hexes.hexjson:7 field "hexes": unknown constituency code "HC"',
    );
  });

  it('rejects a known code missing from the file', () => {
    expect(fails({ knownCodes: new Set([...knownCodes, 'HE']) })).toThrow(
      'four-hexes.hexjson field "hexes": known code is missing from the file: "HE"',
    );
  });

  it('rejects a duplicate code, which JSON.parse alone would hide', () => {
    const dup = text.replace(
      '"HD": { "n": "Delta", "q": 1, "r": 1 }',
      '"HD": { "n": "Delta", "q": 1, "r": 1 },\n\t\t"HA": { "n": "Alpha again", "q": 5, "r": 5 }',
    );
    expect(fails({ text: dup })).toThrow('four-hexes.hexjson:9 field "hexes": duplicate constituency code "HA"');
  });

  it('rejects two hexes in one cell', () => {
    const clash = text.replace('"n": "Delta", "q": 1', '"n": "Delta", "q": 0');
    expect(fails({ text: clash })).toThrow(
      'four-hexes.hexjson:8 field "q,r": hexes "HC" and "HD" are both at q=0, r=1',
    );
  });

  it('rejects invalid JSON with the line of the fault', () => {
    const broken = text.replace('"n": "Bravo", "q": 1,', '"n": "Bravo", "q": 1');
    expect(fails({ text: broken })).toThrow(/^four-hexes\.hexjson:6: not valid JSON/);
  });

  it('rejects column layouts and non-integer cells', () => {
    expect(fails({ text: text.replace('"odd-r"', '"odd-q"') })).toThrow(
      'four-hexes.hexjson:3 field "layout": layout "odd-q" is not supported (expected "odd-r" or "even-r")',
    );
    expect(fails({ text: text.replace('"q": 0, "r": 0', '"q": 0.5, "r": 0') })).toThrow(
      'four-hexes.hexjson:5 field "q": hex "HA" has q=0.5; expected an integer',
    );
  });
});
