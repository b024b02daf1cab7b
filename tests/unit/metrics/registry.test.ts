// The metric registry: every entry complete, exact values, words and colours on a hand-made seat, and every consumer
// (tables, data dictionary, map menu, region and seat pages) listing every metric it should.
import { describe, expect, it } from 'vitest';
import { numericScale, type NumericMetric } from '~/lib/maps/colour';
import { cellText, labelContext, numericValue, valueWords } from '~/lib/maps/values-label';
import { parseModeKey } from '~/lib/maps/values-mode';
import { valueHeader, modeTitle } from '~/lib/maps/values-title';
import { toValueSeat } from '~/lib/maps/values';
import { formatMetric, legendUnit } from '~/lib/metrics/metric';
import { MAP_METRICS, mapMetric, METRICS, metricById, ordered } from '~/lib/metrics/registry';
import { DICTIONARY } from '~/lib/publish/dictionary';
import { REGIONS_COLUMNS, SEATS_COLUMNS, seatsRows } from '~/lib/publish/tables';
import { MODE_OPTIONS } from '../../../src/views/map';
import { REGION_HISTORY_COLUMNS, REGION_SEAT_COLUMNS, seatRow } from '../../../src/views/region';
import { alpha, bravo, charlie } from '../map-ui/fixtures';

const ctx = labelContext('2019');
const titleCtx = { election: '2019' as const, seats: 3, areaName: 'the UK' };

describe('every registry entry', () => {
  it('has unique ids and unique published columns', () => {
    const ids = METRICS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    const columns = METRICS.flatMap((m) => m.columns.map((c) => c.column));
    expect(new Set(columns).size).toBe(columns.length);
  });

  it.each(METRICS.map((m) => [m.id, m] as const))('%s has a name, unit, value, columns and a definition', (_id, m) => {
    expect(m.label.length).toBeGreaterThan(0);
    expect(['percent', 'points']).toContain(m.unit);
    expect(typeof m.seat).toBe('function');
    expect(m.columns.length).toBeGreaterThan(0);
    for (const c of m.columns) {
      expect(c.unit).toBe(m.unit === 'percent' ? 'percent' : 'percentage points');
      expect(c.meaning).toMatch(/^[A-Z(].*\.$/);
      expect(c.seat ?? c.area).toBeDefined();
    }
    expect(m.definition?.term.length).toBeGreaterThan(0);
    expect(m.definition?.html.length).toBeGreaterThan(20);
  });

  it.each(MAP_METRICS.map((m) => [m.id, m] as const))('map metric %s has every map field', (_id, m) => {
    for (const f of ['menu', 'scale', 'field'] as const) expect(m.map[f]).toBeTruthy();
    for (const f of ['legendTitle', 'title', 'header', 'words', 'subject', 'compact', 'read'] as const)
      expect(typeof m.map[f]).toBe('function');
    if (m.map.scale === 'diverging') expect(m.map.note).toMatch(/^Teal: .*Brown: /);
    else expect(['zero', 'low']).toContain(m.map.floor);
  });
});

describe('values, words and colours on a hand-made seat (Alpha: turnout 60, majority 20%, swing -2.195)', () => {
  const a = toValueSeat(alpha);
  const mode = (id: string, party?: 'lab'): NumericMetric =>
    (party ? { kind: id, party } : { kind: id }) as NumericMetric;

  it('reads and writes each metric exactly', () => {
    expect(METRICS.map((m) => [m.id, formatMetric(m, m.seat(alpha, 'lab'))])).toEqual([
      ['share', '45.3%'],
      ['change', '+4.4'],
      ['swing', '−2.2'],
      ['steed', '0.0'],
      ['majority', '20.0%'],
      ['turnout', '60.0%'],
    ]);
    expect(cellText(a, mode('turnout'), ctx)).toBe('60.0%');
    expect(cellText(a, mode('change', 'lab'), ctx)).toBe('+4.4');
    expect(valueWords(a, mode('majority'), ctx)).toBe('majority 20.0% of valid votes');
    expect(valueWords(a, mode('swing'), ctx)).toBe('swing 2.2 points from Conservative to Labour since 2017');
    expect(valueWords(a, mode('share', 'lab'), ctx)).toBe('Labour share 45.3%');
  });

  it("says why a value is missing, in the metric's own words", () => {
    const c = toValueSeat(charlie);
    const b = toValueSeat(bravo);
    expect(valueWords(c, mode('turnout'), ctx)).toBe('turnout: Electorate not recorded');
    expect(numericValue(b, mode('share', 'lab'), '2019')).toEqual({ missing: 'speaker-seat' });
    expect(numericValue(a, mode('change', 'lab'), '2010')).toEqual({ missing: 'no-previous-election' });
    expect(numericValue(a, mode('swing'), '2010')).toEqual({ missing: 'no-previous-election' });
  });

  it('titles the map and its table column', () => {
    expect(modeTitle(mode('turnout'), titleCtx)).toBe('turnout');
    expect(modeTitle(mode('change', 'lab'), titleCtx)).toBe('change in Labour share since 2017');
    expect(valueHeader(mode('majority'), titleCtx)).toBe('Majority (% of valid votes)');
  });

  it("colours with the metric's own scale: viridis for turnout, brown-teal for swing", () => {
    // Viridis at the middle of [40, 80] is #21918c; zero on the brown-teal ramp is its pale centre, #eef1ea.
    const t = numericScale(mode('turnout'), [60], [40, 80]);
    expect(t.colour(60)).toBe('#21918c');
    expect(t.legend.kind).toBe('sequential');
    expect(t.legend.unit).toBe('%');
    expect(t.legend.title).toBe('Turnout (valid votes as a share of the electorate)');
    const s = numericScale(mode('swing'), [0], [-5, 5]);
    expect(s.colour(0)).toBe('#eef1ea');
    expect(s.legend.kind).toBe('diverging');
    expect(s.legend.unit).toBe(legendUnit(mapMetric('swing')));
    expect(s.legend.note).toBe('Teal: swing towards the Conservatives. Brown: swing towards Labour.');
  });

  it('starts turnout at the 2nd percentile rounded down to 5, shares at zero', () => {
    const values = [52, 58, 63, 67, 71, 76];
    expect(numericScale(mode('turnout'), values).legend.domain?.[0]).toBe(50);
    expect(numericScale(mode('share', 'lab'), values).legend.domain?.[0]).toBe(0);
  });
});

describe('every consumer lists every metric it should', () => {
  const tableDoc = (file: string) => DICTIONARY.find((t) => t.file === file)!;

  it('seats.csv and regions.csv have each metric column, described in the dictionary with the registry text', () => {
    for (const c of METRICS.flatMap((m) => m.columns)) {
      if (c.seat) expect(SEATS_COLUMNS).toContain(c.column);
      if (c.area) expect(REGIONS_COLUMNS).toContain(c.column);
      for (const [file, on] of [
        ['seats.csv', c.seat],
        ['regions.csv', c.area],
      ] as const) {
        if (!on) continue;
        const doc = tableDoc(file).columns.find((d) => d.column === c.column);
        expect(doc).toEqual({ column: c.column, type: c.type, unit: c.unit, meaning: c.meaning });
      }
    }
    expect(tableDoc('seats.csv').columns.map((c) => c.column)).toEqual(SEATS_COLUMNS);
    expect(tableDoc('regions.csv').columns.map((c) => c.column)).toEqual(REGIONS_COLUMNS);
  });

  it('writes the metric cells of a seat row from the registry, with a note for each empty one', () => {
    const [row] = seatsRows([alpha]);
    expect(row).toMatchObject({ turnout_pct: 60, majority_pct: 20, lab_pct: 45.25, lab_change_pp: 4.35 });
    // Two decimals, halves away from zero as the pages round (Math.round, used until December 2026, gave -2.19).
    expect(row!.swing_lab_to_con).toBe(-2.2);
    expect(row!.notes).toBe('');
    expect(seatsRows([charlie])[0]!.notes).toBe('turnout_pct: no-electorate');
  });

  it('offers every map metric in the map menu, after the winner', () => {
    expect(MODE_OPTIONS.map((o) => o.value)).toEqual(['winner', ...MAP_METRICS.map((m) => m.id)]);
    for (const m of MAP_METRICS) {
      const key = m.perParty ? `${m.id}-lab` : m.id;
      expect(parseModeKey(key, [])).toEqual(m.perParty ? { kind: m.id, party: 'lab' } : { kind: m.id });
    }
    expect(parseModeKey('steed', [])).toBeNull();
  });

  it('gives the region and seat tables the metrics that ask for them', () => {
    expect(REGION_SEAT_COLUMNS).toEqual(METRICS.filter((m) => m.regionSeats).map((m) => m.label));
    expect(seatRow(alpha).figures).toEqual(
      METRICS.filter((m) => m.regionSeats).map((m) => formatMetric(m, m.seat(alpha, 'other'))),
    );
    expect(REGION_HISTORY_COLUMNS.slice(0, 3)).toEqual(['Turnout', 'Butler swing', 'UK Butler swing']);
    const facts = Object.fromEntries(METRICS.filter((m) => m.seatFact).map((m) => [m.label, m.seatFact!(alpha)]));
    expect(facts).toMatchObject({ Majority: '120 (20.0%)', Turnout: '60.0%' });
  });

  it('keeps a pinned order and puts any other metric after it', () => {
    const ids = ordered(METRICS, ['turnout', 'swing']).map((m) => m.id);
    expect(ids).toEqual([
      'turnout',
      'swing',
      ...METRICS.map((m) => m.id).filter((id) => id !== 'turnout' && id !== 'swing'),
    ]);
    expect(ids.slice(0, 6)).toEqual(['turnout', 'swing', 'share', 'change', 'steed', 'majority']);
    expect(metricById('nothing')).toBeUndefined();
  });
});
