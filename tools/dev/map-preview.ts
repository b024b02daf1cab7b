// Dev only: renders the four seat maps (geo/hex x 2010/2024) and two region maps, coloured by region, to /tmp/map-preview.html.
// Usage: tsx tools/dev/map-preview.ts [raw data folder, default the pipeline's mirror: ../shared/data or GROUNDWORK_MIRROR]; then screenshot the file with headless Chromium.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { REGIONS } from '../../src/lib/geography';
import { MAP_CSS, renderLegendSvg, renderMapSvg } from '../../src/lib/maps/svg';
import { scaleFor } from '../../src/lib/maps/colour';
import { subsetGeometry } from '../../src/lib/maps/subset';
import type { MapGeometry } from '../../src/lib/maps/types';
import { regionCodeFromName } from '../../pipeline/lib/regions';
import { buildMapGeometry } from '../../pipeline/steps/geometry';
import { defaultOptions } from '../../pipeline/pipeline';

const data = process.argv[2] ?? defaultOptions(process.cwd(), () => {}).mirror!;
const read = (path: string): string => readFileSync(join(data, path), 'utf8');
const rows = (path: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(read(path), { header: true, skipEmptyLines: true }).data;

const regions2010 = new Map(
  rows('lookups/constituencies-2010.csv').map((r) => [r.PCON10CD!, regionCodeFromName(r.Region!) ?? '']),
);
const known2010 = new Set(regions2010.keys());
const hex2024 = JSON.parse(read('hexmaps/uk-constituencies-2024.hexjson')) as {
  hexes: Record<string, { region: string }>;
};
const regions2024 = new Map(Object.entries(hex2024.hexes).map(([code, h]) => [code, h.region]));
const known2024 = new Set(rows('lookups/ukparl.2025.csv').map((r) => r.PCON24CD!));

const inputs = [
  {
    set: '2010',
    kind: 'geo',
    file: 'boundaries/Westminster_Parliamentary_Constituencies_Dec_2022_UK_BUC.geojson',
    known: known2010,
    regions: regions2010,
  },
  { set: '2010', kind: 'hex', file: 'hexmaps/constituencies.hexjson', known: known2010, regions: regions2010 },
  {
    set: '2024',
    kind: 'geo',
    file: 'boundaries/Westminster_Parliamentary_Constituencies_July_2024_Boundaries_UK_BUC.geojson',
    known: known2024,
    regions: regions2024,
  },
  { set: '2024', kind: 'hex', file: 'hexmaps/uk-constituencies-2024.hexjson', known: known2024, regions: regions2024 },
] as const;

const palette = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
  '#8cd17d',
  '#86bcb6',
];
const regionColour = new Map(REGIONS.map((r, i) => [r.code, palette[i]!]));

const started = performance.now();
const maps: { label: string; geom: MapGeometry; ms: number }[] = inputs.map((i) => {
  const t = performance.now();
  const geom = buildMapGeometry({
    file: i.file,
    text: read(i.file),
    set: i.set,
    kind: i.kind,
    knownCodes: i.known,
    regions: i.regions,
  });
  return { label: `${i.kind} ${i.set}`, geom, ms: performance.now() - t };
});
const total = performance.now() - started;

const london = (g: MapGeometry): Set<string> =>
  new Set(g.seats.filter((s) => s.region === 'E12000007').map((s) => s.code));
const scotland = (g: MapGeometry): Set<string> =>
  new Set(g.seats.filter((s) => s.region === 'S92000003').map((s) => s.code));
const regionMaps = [
  { label: 'geo 2024, London only', geom: subsetGeometry(maps[2]!.geom, london(maps[2]!.geom)) },
  { label: 'hex 2024, London only', geom: subsetGeometry(maps[3]!.geom, london(maps[3]!.geom)) },
  { label: 'geo 2010, Scotland only', geom: subsetGeometry(maps[0]!.geom, scotland(maps[0]!.geom)) },
];

const figure = (label: string, geom: MapGeometry, i: number): string => {
  const byCode = new Map(geom.seats.map((s) => [s.code, s]));
  const svg = renderMapSvg(geom, {
    idPrefix: `m${i}`,
    title: `Constituencies, ${label}`,
    description: 'Each seat is coloured by its region. Dev preview.',
    fill: (code) => regionColour.get(byCode.get(code)?.region ?? '') ?? '#e4e4e4',
    label: (code) => `${byCode.get(code)?.name ?? code}`,
    href: (code) => `/seat/${code}/`,
  });
  const r = geom.report;
  const stats = `${geom.seats.length} seats; viewBox ${geom.viewBox.join(' ')}; seat paths ${r.seatPathBytes.toLocaleString('en-GB')} B; mesh+outline ${r.meshPathBytes.toLocaleString('en-GB')} B; points ${r.pointsIn}→${r.pointsOut}; winding fixed ${r.windingFixed}; rings protected ${r.ringsProtected}, dropped ${r.ringsDropped}`;
  return `<figure><figcaption><b>${label}</b><br><small>${stats}</small></figcaption>${svg}</figure>`;
};

const swing = scaleFor({ kind: 'swing' }, [-12, -6, -3, 0, 2, 5, 9]);
const turnout = scaleFor({ kind: 'turnout' }, [52, 58, 63, 67, 71, 76, { missing: 'no-electorate' }]);
const winner = scaleFor({ kind: 'winner' }, ['con', 'lab', 'ld', 'snp', null]);

const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Map preview</title>
<style>body{font-family:system-ui,sans-serif;margin:12px}main{display:grid;grid-template-columns:repeat(4,1fr);gap:12px}
figure{margin:0}figcaption{font-size:11px;margin-bottom:4px}svg.gw-map{width:100%;height:auto;display:block;background:#f7f9fb}
${MAP_CSS}</style>
<header><h1 style="font-size:16px">Map preview</h1><p>Built all four in ${total.toFixed(0)} ms (${maps.map((m) => `${m.label}: ${m.ms.toFixed(0)} ms`).join(', ')})</p></header>
<main>${maps.map((m, i) => figure(m.label, m.geom, i)).join('')}${regionMaps.map((m, i) => figure(m.label, m.geom, i + 10)).join('')}
<figure>${renderLegendSvg(swing.legend, { idPrefix: 'l1' })}${renderLegendSvg(turnout.legend, { idPrefix: 'l2' })}${renderLegendSvg(winner.legend, { idPrefix: 'l3' })}</figure></main></html>`;
writeFileSync('/tmp/map-preview.html', html);
console.log(`wrote /tmp/map-preview.html; built all four maps in ${total.toFixed(0)} ms`);
for (const m of maps)
  console.log(
    `${m.label}: ${m.ms.toFixed(0)} ms, seat paths ${m.geom.report.seatPathBytes} B, mesh+outline ${m.geom.report.meshPathBytes} B, viewBox ${m.geom.viewBox.join(' ')}`,
  );
for (const m of regionMaps)
  console.log(
    `${m.label}: ${m.geom.seats.length} seats, seat paths ${m.geom.report.seatPathBytes} B, viewBox ${m.geom.viewBox.join(' ')}`,
  );
