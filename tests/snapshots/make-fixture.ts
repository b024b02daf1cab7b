// Dev script: `npx vitest run -c tests/snapshots/make-fixture.config.ts` (run through vitest for Astro's import.meta.env) cuts tests/snapshots/fixture.json, the small input the chart
// snapshots render (tests/snapshots/charts.test.ts), from the current derived tables (`npm run data` first): a few
// seats, two areas, the membership series, each claim chart with eight dots per row, and map geometry and values for
// a handful of seats. Numbers are rounded to 2 decimals. Run it again only when a chart's input type changes; a chart
// whose drawing changes needs only `npm run test:snapshots -- -u`.
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { ELECTIONS } from '../../src/lib/elections';
import { subsetGeometry } from '../../src/lib/maps/subset';
import { claimSlugs, claimView } from '../../src/views/claims';
import { areaValues, geometryFor, MAP_AREAS, mapDomains } from '../../src/views/map-data';
import { labelContext } from '../../src/views/map';
import { labourShareView, largestRises } from '../../src/views/labour-share';
import { membershipView } from '../../src/views/membership';
import { regionView } from '../../src/views/region';
import { seatView } from '../../src/views/seat';
import type { ClaimChart } from '../../src/charts/claim-chart';
import type { MapMode } from '../../src/lib/maps/values-mode';

const round = (v: unknown): unknown => {
  if (typeof v === 'number') return Math.round(v * 100) / 100;
  if (Array.isArray(v)) return v.map(round);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round(x)]));
  return v;
};

/** At most `n` items per key, in input order. */
function perKey<T>(items: readonly T[], key: (t: T) => string, n: number): T[] {
  const seen = new Map<string, number>();
  return items.filter((t) => {
    const k = key(t);
    const c = seen.get(k) ?? 0;
    seen.set(k, c + 1);
    return c < n;
  });
}

function trimChart(c: ClaimChart): ClaimChart {
  if (c.kind === 'strip') {
    // Highlighted dots first, so the chosen seats stay.
    const dots = [...c.dots].sort((a, b) => Number(b.highlight) - Number(a.highlight));
    return { ...c, dots: perKey(dots, (d) => `${d.panel}|${d.group}`, 8) };
  }
  return { ...c, points: perKey(c.points, (p) => `${p.col}|${p.row}|${p.group}`, 8) };
}

// Putney (old boundaries), a 2024 London seat, a Scottish seat unchanged in 2024, a Northern Ireland seat.
const SEATS = ['E14000887', 'E14001172', 'S14000021', 'N06000001'];
const AREAS = ['london', 'scotland'];
const MAP_SEATS = [
  'E14001434',
  'E14001172',
  'E14001063',
  'E14001288',
  'E14001305',
  'E14001336',
  'E14001351',
  'E14001359',
  'E14001393',
  'E14001464',
  'E14001521',
  'E14001545',
];

it('writes tests/snapshots/fixture.json', () => {
  const seats = SEATS.map((code) => {
    const v = seatView(code);
    return { code, name: v.seat.name, rows: v.elections.map((b) => b.metrics) };
  });
  const areas = AREAS.map((slug) => {
    const area = MAP_AREAS.find((a) => a.slug === slug)!;
    const v = regionView(area);
    return { slug, name: area.name, history: v.history, parties: v.parties };
  });
  const m = membershipView();
  const share = labourShareView();
  const claims = claimSlugs().map((slug) => {
    const c = claimView(slug).chart;
    return { slug, chart: trimChart(c) };
  });

  const mapSeats = new Set(MAP_SEATS);
  const values2024 = areaValues('uk', '2024');
  const values = { ...values2024, seats: values2024.seats.filter((s) => mapSeats.has(s.code)) };
  const modes: MapMode[] = [{ kind: 'winner' }, { kind: 'swing' }, { kind: 'share', party: 'lab' }];
  const maps = {
    geometry: {
      hex: subsetGeometry(geometryFor('uk', 'hex', '2024'), mapSeats),
      geo: { ...subsetGeometry(geometryFor('uk', 'geo', '2024'), mapSeats), source: undefined },
    },
    values,
    domains: mapDomains('all'),
    views: modes.map((mode) => ({ mode, ctx: labelContext('2024', mode) })),
  };

  const fixture = round({
    note: 'Cut from the derived tables by tests/snapshots/make-fixture.ts (a few seats, dots trimmed): test input, not published figures.',
    elections: ELECTIONS.map((e) => e.id),
    seats,
    areas,
    membership: { points: m.points, electionDates: m.electionDates },
    labourShare: {
      series: share,
      highlight: largestRises(share)
        .slice(0, 3)
        .map((p) => p.election),
    },
    claims,
    maps,
  });
  writeFileSync(new URL('./fixture.json', import.meta.url), `${JSON.stringify(fixture)}\n`);
  console.log(
    `tests/snapshots/fixture.json: ${seats.length} seats, ${areas.length} areas, ${claims.length} claim charts, ${mapSeats.size} map seats`,
  );
});
