// The map views and graphics over the real derived tables (data/derived, written by `npm run data`; skipped without them).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapGraphic, mapKey, parseMapKey } from '~/graphics/map-graphic';
import { buildMap, mapKeys } from '~/graphics/map';
import { toWire } from '~/lib/maps/values-geometry';
import { electionValues, geometryFor, mapDefaultParty, mapParties } from '~/views/map-data';
import { mapFigureView, type MapFigureOptions } from '~/views/map';
import { regionView } from '~/views/region';
import { REGIONS } from '~/lib/geography';

const DERIVED = process.env.GROUNDWORK_DERIVED ?? join(process.cwd(), 'data/derived');
const view = (opts: Omit<MapFigureOptions, 'idPrefix' | 'base'>) =>
  mapFigureView({ ...opts, idPrefix: 't', base: '/' });

describe.runIf(existsSync(join(DERIVED, 'maps/hex-2024.json')))('map views over the real data', () => {
  it('draws the national 2024 hex map with one link per seat and the same seats in the table', () => {
    const v = view({ area: 'uk', kind: 'hex', election: '2024', mode: { kind: 'winner' } });
    expect(v.svg.match(/<a /g)).toHaveLength(650);
    expect(v.rows).toHaveLength(650);
    expect(v.rows.find((r) => r.code === 'E14001434')).toMatchObject({
      name: 'Putney',
      region: 'London',
      winner: 'Labour',
      cell: 'Hold',
    });
    expect(v.svg).toContain('aria-label="Putney, 2024: Labour hold, majority 12,488 (25.3%)"');
    expect(v.title).toBe(
      '2024, winning party: hex map (one equal hexagon per seat) of the 650 seats in the UK (2024 boundaries)',
    );
    expect(v.config.zoom).toBe(true);
    expect(v.controls.zoom).toHaveLength(12);
  });

  it('draws an area map with only its seats, on the boundaries of the election', () => {
    const v = view({ area: 'london', kind: 'geo', election: '2019', mode: { kind: 'share', party: 'lab' } });
    expect(v.rows).toHaveLength(73);
    expect(v.svg.match(/<a /g)).toHaveLength(73);
    expect(v.rows.find((r) => r.code === 'E14000887')).toMatchObject({ cell: '45.1%', sort: 45.1 });
    expect(v.config.zoom).toBe(false);
    expect(v.valueHeader).toBe('Labour share (%)');
  });

  it('ships only code, path and neighbours: no names or source topology in the geometry files', () => {
    const wire = toWire(geometryFor('uk', 'geo', '2024'));
    expect(wire.seats).toHaveLength(650);
    const json = JSON.stringify(wire);
    expect(json).not.toContain('topology');
    expect(json).not.toContain('Putney');
    expect(toWire(geometryFor('scotland', 'hex', '2024')).seats).toHaveLength(57);
  });

  it('has values for every seat at every election, and parties on offer that stood widely', () => {
    expect(electionValues('2019').seats).toHaveLength(650);
    expect(electionValues('2019N').seats).toHaveLength(650);
    expect(electionValues('2019').seats.find((s) => s.code === 'E14000887')).toMatchObject({
      winner: 'lab',
      prevWinner: 'con',
      swing: -6.4,
    });
    expect(mapParties('uk')).toEqual(['con', 'lab', 'ld', 'snp', 'pc', 'green', 'reform', 'brexit', 'ukip', 'bnp']);
    // A region's map offers the parties that stood there: Northern Ireland's own parties (each stood in at least half
    // of its seats at some election), and no SNP in London or Labour in Northern Ireland.
    expect(mapParties('london')).toEqual(['con', 'lab', 'ld', 'green', 'reform', 'brexit', 'ukip', 'bnp']);
    expect(mapParties('scotland')).toContain('snp');
    expect(mapParties('northern-ireland')).toEqual(
      expect.arrayContaining(['dup', 'sf', 'sdlp', 'uup', 'apni', 'con', 'green']),
    );
    expect(mapParties('northern-ireland')).not.toContain('lab');
    // A share or change view starts with Labour where it stood, else the area's largest party (Sinn Féin, 27.0% of
    // Northern Ireland's votes in 2024, before the DUP's 22.1%).
    expect(mapDefaultParty('london', '2024')).toBe('lab');
    expect(mapDefaultParty('northern-ireland', '2024')).toBe('sf');
    expect(mapDefaultParty('northern-ireland', '2019')).toBe('dup');
  });

  it("offers on an area's map only the colourings that colour some seat there", () => {
    const offered = (area: string) =>
      view({ area, kind: 'geo', election: '2024', mode: { kind: 'winner' } }).controls.modes.map((m) => m.value);
    // Conservative and Labour never both stood in a Northern Ireland seat, and neither seat set has a seat there.
    expect(offered('northern-ireland')).toEqual(['winner', 'share', 'change', 'majority', 'turnout']);
    expect(
      view({ area: 'northern-ireland', kind: 'geo', election: '2024', mode: { kind: 'winner' } }).config.layers,
    ).toEqual([]);
    // The Unite to Remain pact stood down in no Scottish or North East seat; the unit's list names no Welsh seat.
    expect(offered('scotland')).toEqual(['winner', 'share', 'change', 'swing', 'majority', 'turnout', 'set-cou-2019']);
    expect(offered('wales')).toEqual(['winner', 'share', 'change', 'swing', 'majority', 'turnout', 'set-utr-2019']);
    expect(offered('uk')).toEqual(expect.arrayContaining(['swing', 'set-cou-2019', 'set-utr-2019']));
  });

  it('registers map graphics whose keys round-trip and whose data rows match the map', () => {
    const keys = mapKeys();
    expect(keys).toContain('hex-2024-winner');
    expect(keys).toContain('hex-2019-set-cou-2019');
    for (const k of keys) expect(mapKey(parseMapKey(k))).toBe(k);
    const g = buildMap('hex-2019-swing');
    expect(g.permalink).toBe('?election=2019&colour=swing#map');
    expect(g.data.rows).toHaveLength(650);
    expect(g.data.rows.find((r) => r.ons_code === 'E14000887')).toMatchObject({ value: -6.4, value_text: '−6.4' });
    expect(g.legend.at(-1)).toMatchObject({ label: 'No value (hatched)' });
    expect(
      mapGraphic('region-map', 'wales', 'wales', parseMapKey('geo-2024-winner'), 'region/wales/#map').data.rows,
    ).toHaveLength(32);
    expect(() => parseMapKey('hex-1997-winner')).toThrow('not a map key');
  });

  it('gives each region its seats and an election-by-election history', () => {
    const v = regionView(REGIONS.find((r) => r.slug === 'london')!);
    expect(v.seats2024).toHaveLength(75);
    expect(v.seats2010).toHaveLength(73);
    expect(v.history.map((r) => r.id)).toEqual(['2010', '2015', '2017', '2019', '2019N', '2024']);
    expect(v.history.filter((r) => r.newBoundaries).map((r) => r.id)).toEqual(['2019N']);
    expect(v.parties.map((p) => p.code)).toEqual(expect.arrayContaining(['con', 'lab', 'ld', 'green']));
  });
});
