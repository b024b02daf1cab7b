// Snapshots of every graphic family, rendered from tests/snapshots/fixture.json (a small cut of the data, so these
// never depend on the full data set): seat history, region shares, membership trend, every claim chart and the
// compare chart at the wide and narrow widths the site draws, the bring-your-own membership charts on a hand-made
// analysis, and national (hex) and region (geographic) maps in three colourings. A chart change fails here with a -changed.svg beside the committed file;
// `npm run test:snapshots -- -u` re-records. See tests/support/svg-snapshot.ts.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, it } from 'vitest';
import { claimChartSpec, type ClaimChart } from '../../src/charts/claim-chart';
import { cardPanel, hasOwnCard, stripSpec, type StripInput } from '../../src/charts/claim-strip';
import { labourShareSpec } from '../../src/charts/labour-share';
import { membershipTrendSpec } from '../../src/charts/membership-trend';
import { regionSharesSpec } from '../../src/charts/region-shares';
import { seatHistorySpec } from '../../src/charts/seat-history';
import { plotSvg, plotSvgs } from '../../src/graphics/plot-svg';
import { renderLegendSvg, renderMapSvg } from '../../src/lib/maps/svg';
import type { MapGeometry } from '../../src/lib/maps/types';
import type { LabelContext } from '../../src/lib/maps/values-label';
import type { MapMode } from '../../src/lib/maps/values-mode';
import { paint, type Domains } from '../../src/lib/maps/values-paint';
import type { ValuesFile } from '../../src/lib/maps/values';
import type { SeatMetrics } from '../../src/lib/schema/metrics';
import { drawStrip } from '../../src/client/compare-chart';
import { scatterChart, trendChart } from '../../src/client/membership-local-charts';
import type { AnalysisResult } from '../../src/lib/membership/analysis';
import { expectSvgSnapshot } from '../support/svg-snapshot';

type Params<F> = F extends (...a: infer A) => unknown ? A : never;
interface Fixture {
  seats: { code: string; name: string; rows: SeatMetrics[] }[];
  areas: {
    slug: string;
    name: string;
    history: Params<typeof regionSharesSpec>[0];
    parties: Params<typeof regionSharesSpec>[1];
  }[];
  membership: { points: Params<typeof membershipTrendSpec>[0]; electionDates: Params<typeof membershipTrendSpec>[1] };
  labourShare: { series: Params<typeof labourShareSpec>[0]; highlight: Params<typeof labourShareSpec>[1] };
  claims: { slug: string; chart: ClaimChart }[];
  maps: {
    geometry: Record<'hex' | 'geo', MapGeometry>;
    values: ValuesFile;
    domains: Domains;
    views: { mode: MapMode; ctx: LabelContext }[];
  };
}

const fixture = JSON.parse(readFileSync(new URL('./fixture.json', import.meta.url), 'utf8')) as Fixture;
const text = (label: string) => ({ label, description: `Snapshot of ${label}.` });

/** The drawing and its narrow version, as the graphics registry renders them. */
async function plotPair(family: string, key: string, spec: Params<typeof plotSvgs>[0], narrowWidth?: number) {
  const g = plotSvgs(spec, text(`${family} ${key}`), family, key, narrowWidth);
  await expectSvgSnapshot(`${family}-${key}-wide`, g.svg);
  await expectSvgSnapshot(`${family}-${key}-narrow`, g.narrow.svg);
}

describe('seat history', () => {
  for (const s of fixture.seats)
    it(`${s.code} ${s.name}`, () => plotPair('seat-history', s.code, (o) => seatHistorySpec(s.rows, o), 340));
});

describe('region shares', () => {
  for (const a of fixture.areas)
    it(a.name, () => plotPair('region-shares', a.slug, (o) => regionSharesSpec(a.history, a.parties, o)));
});

describe('membership trend', () => {
  const m = fixture.membership;
  it('uk', () => plotPair('membership-trend', 'uk', (o) => membershipTrendSpec(m.points, m.electionDates, o)));
});

describe('labour share', () => {
  const l = fixture.labourShare;
  it('uk', () => plotPair('labour-share', 'uk', (o) => labourShareSpec(l.series, l.highlight, o)));
});

describe('claim charts', () => {
  for (const c of fixture.claims) it(c.slug, () => plotPair('claims', c.slug, (o) => claimChartSpec(c.chart, o)));
  // A social card draws a two-panel strip chart's first panel alone (a claimed figure's label then sits under the
  // axis), and only the headline's rows when the chart names them.
  for (const c of fixture.claims)
    if (c.chart.kind === 'strip' && hasOwnCard(c.chart)) {
      const chart = c.chart;
      it(`${c.slug}, first panel (social card)`, () =>
        expectSvgSnapshot(`claims-${c.slug}-card`, plotSvg(stripSpec(cardPanel(chart)), text(c.slug), 'card').svg));
    }
});

/** The SVG a browser chart draws, with a DOM as the browser's `document` (and `window.document`) while it draws. */
function drawnInBrowser(draw: () => Element): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const g = globalThis as { document?: unknown; window?: unknown };
  const before = { document: g.document, window: g.window };
  g.document = document;
  g.window = { document };
  try {
    return (draw() as unknown as { outerHTML: string }).outerHTML;
  } finally {
    g.document = before.document;
    g.window = before.window;
  }
}

const WIDTHS = [
  ['wide', 640],
  ['narrow', 360],
] as const;

describe('compare chart', () => {
  const strip = fixture.claims.find((c) => c.chart.kind === 'strip')!.chart as StripInput;
  for (const [name, width] of WIDTHS) {
    it(`${name} (${width} px), drawn in the browser's way with a DOM`, async () => {
      const svg = drawnInBrowser(() =>
        drawStrip(strip, 'Compare chart', 'Snapshot of the compare chart.', 'cmp', width),
      );
      await expectSvgSnapshot(`compare-${name}`, svg);
    });
  }
});

describe('bring-your-own membership charts (drawn in the browser)', () => {
  // Hand-made: five seats, two of them at the same point and two close by, so the names must find room.
  const election = (id: '2017' | '2019', date: string) => ({ id, label: id, date, estimated: false, facts: new Map() });
  const row = (code: string, name: string, change: number, labChange: number) => ({
    code,
    name,
    region: 'E12000007',
    regionName: 'London',
    membersFrom: 500,
    membersTo: 500 + change,
    change,
    labBefore: 40,
    labAfter: 40 + labChange,
    labChange,
  });
  const analysis = {
    before: election('2017', '2017-06-08'),
    after: election('2019', '2019-12-12'),
    options: { before: '2017', after: '2019', from: '2017-01-01', to: '2019-12-01', measure: 'absolute' },
    rows: [
      row('E14000001', 'Alpha North', 40, 2.5),
      row('E14000002', 'Beta', 40, 2.5),
      row('E14000003', 'Gamma and Delta', 45, 2.2),
      row('E14000004', 'Epsilon', -20, -6),
      row('E14000005', 'Zeta Far East', 210, -3),
    ],
    excluded: [],
    correlation: null,
    correlationProblem: null,
    regression: null,
    regressionProblem: null,
  } as unknown as AnalysisResult;
  const records = [
    { code: 'E14000001', date: '2016-12-31', members: 480, activists: null, trained: null },
    { code: 'E14000001', date: '2018-12-31', members: 610, activists: null, trained: null },
    { code: 'E14000001', date: '2019-11-30', members: 590, activists: null, trained: null },
  ];
  for (const [name, width] of WIDTHS) {
    it(`scatter, ${name} (${width} px): names above, below or beside their dots, none overlapping`, async () => {
      await expectSvgSnapshot(
        `local-scatter-${name}`,
        drawnInBrowser(() => scatterChart(analysis, width)),
      );
    });
    it(`one seat's members over time, ${name} (${width} px)`, async () => {
      const svg = drawnInBrowser(() => trendChart('Alpha North', records, [analysis.before, analysis.after], width));
      await expectSvgSnapshot(`local-trend-${name}`, svg);
    });
  }
});

describe('maps', () => {
  const m = fixture.maps;
  for (const kind of ['hex', 'geo'] as const) {
    for (const v of m.views) {
      const key = `${kind}-${m.values.election}-${v.mode.kind}${'party' in v.mode ? `-${v.mode.party}` : ''}`;
      it(`${kind === 'hex' ? 'national (hex)' : 'region (geographic)'} ${key}`, async () => {
        const painted = paint(m.values, v.mode, v.ctx, m.domains);
        const svg = renderMapSvg(m.geometry[kind], {
          idPrefix: `map-${key}`,
          title: key,
          description: 'Snapshot.',
          fill: (code) => painted.seats.get(code)!.fill,
          label: (code) => painted.seats.get(code)!.label,
          href: (code) => `/seat/${code}/`,
        });
        await expectSvgSnapshot(`map-${key}`, svg);
        await expectSvgSnapshot(
          `map-${key}-legend`,
          renderLegendSvg(painted.legend, { idPrefix: `legend-${key}`, width: 300 }),
        );
      });
    }
  }
});
