// The data pipeline: acquire raw files, validate them into typed tables, derive metrics, write everything at once.
import { join } from 'node:path';
import { ELECTIONS, type ElectionId } from '../src/lib/elections';
import { NATIONS, slugify } from '../src/lib/geography';
import { areaMetrics, type AreaMembership } from '../src/lib/metrics/area-metrics';
import { seatMetrics } from '../src/lib/metrics/seat-metrics';
import type { SeatContext, SeatMetrics } from '../src/lib/schema/metrics';
import type { SeatResult } from '../src/lib/schema/result';
import type { Seat } from '../src/lib/schema/seat';
import { acquire, type Acquired } from './steps/acquire';
import { DataError, namedStep } from './lib/data-error';
import { Ledger } from './lib/ledger';
import { cachedStep } from './lib/step-cache';
import { loadManifest } from './lib/manifest';
import { decodeTextReport } from './lib/text';
import { lockOutput, OutputSet, recoverOutput } from './lib/write';
import { checkCuratedFiles } from './lib/curated-files';
import { BES_COLUMNS, parseBes2010 } from './parse/bes';
import { parseCodeValue } from './parse/context';
import { parseEc2010 } from './parse/ec2010';
import { parseNationalTotals } from './parse/national-totals';
import { parseHoc1918 } from './parse/hoc-1918';
import { LAYOUTS, parseHocResults, type SeatInfo } from './parse/hoc-results';
import { parseOverlaps, parseUkparl } from './parse/lineage';
import { parseNotional } from './parse/notional';
import { checkMembers, parseCandidates2024, parseMembers, repairDoubleUtf8 } from './parse/candidates';
import { readSheet } from './parse/xlsx';
import { build2010 } from './steps/results-2010';
import { estimateNotional } from './steps/notional-estimate';
import { describeUnresolved, loadCurated } from './steps/curated';
import { postcodesFromSources } from './steps/postcodes';
import { buildMapGeometry } from './steps/geometry';
import { describeLocalMembership, loadLocalMembership } from './steps/local-membership';
import type { MapGeometry } from '../src/lib/maps/types';

export interface PipelineOptions {
  root: string;
  manifestPath: string;
  mirror: string | null;
  rawCache: string;
  outDir: string;
  log: (line: string) => void;
  fetchFn?: typeof fetch;
  /** Folders a link in the mirror may lead into besides the mirror itself (default: the project's default mirror). */
  trustedLinkRoots?: readonly string[];
  /** Milliseconds a download may take (default 120 s). */
  downloadTimeoutMs?: number;
  /** YYYY-MM-DD; dates after it (e.g. membership figures) are rejected. Defaults to the current date. */
  today?: string;
}

export interface PipelineTimings {
  acquireMs: number;
  validateMs: number;
  deriveMs: number;
  writeMs: number;
}

export type { Seat };

/** The Leave estimates cover Great Britain only: Northern Ireland's seats have no row (and are listed in the report). */
const GB_ONLY = {
  covers: (code: string) => !code.startsWith('N'),
  notCovered: 'Northern Ireland, not covered by the estimates',
};

/** Runs the pipeline holding the output folder's lock; first puts back what an interrupted run left on disk. */
export async function runPipeline(
  opts: PipelineOptions,
): Promise<{ version: string; timings: PipelineTimings; summary: string }> {
  const release = lockOutput(opts.outDir);
  try {
    for (const line of recoverOutput(opts.outDir)) opts.log(`recover ${line}`);
    return await runUnlocked(opts);
  } finally {
    release();
  }
}

async function runUnlocked(
  opts: PipelineOptions,
): Promise<{ version: string; timings: PipelineTimings; summary: string }> {
  const t0 = performance.now();
  const sources = loadManifest(opts.manifestPath);
  const raw = await acquire(sources, {
    mirror: opts.mirror,
    cache: opts.rawCache,
    log: opts.log,
    fetchFn: opts.fetchFn,
    trustedLinkRoots: opts.trustedLinkRoots,
    downloadTimeoutMs: opts.downloadTimeoutMs,
  });
  const t1 = performance.now();

  const ledger = new Ledger();
  const get = (id: string): Acquired =>
    raw.get(id) ??
    (() => {
      throw new Error(`source ${id} is not in the manifest`);
    })();
  const text = (id: string) => {
    const a = get(id);
    if (a.source.encoding === 'binary') throw new Error(`${id} is binary`);
    const decoded = decodeTextReport(a.source.file, a.bytes, a.source.encoding);
    for (const n of decoded.notes) ledger.note(id, a.source.file, n);
    return { source: id, file: a.source.file, text: decoded.text };
  };
  const progress = (id: string) => {
    const e = ledger.entries().find((x) => x.source === id);
    if (e)
      opts.log(
        `validate ${id.padEnd(19)} ${e.rowsRead.toLocaleString('en-GB')} rows read, ${e.rowsUsed.toLocaleString('en-GB')} used`,
      );
  };

  const namesOld = boundaryNames(text('boundaries-2010'), 'PCON22CD', 'PCON22NM');
  const namesNew = boundaryNames(text('boundaries-2024'), 'PCON24CD', 'PCON24NM');
  const knownOld = new Set(namesOld.keys());
  const knownNew = new Set(namesNew.keys());

  const results = new Map<ElectionId, SeatResult[]>();
  const seatInfo = new Map<'2010' | '2024', SeatInfo[]>();
  const resultTexts = new Map<string, { file: string; text: string }>();
  for (const id of ['2015', '2017', '2019', '2024'] as const) {
    const src = `hoc-ge${id}`;
    resultTexts.set(id, text(src));
    const parsed = parseHocResults(
      {
        ...resultTexts.get(id)!,
        source: src,
        election: id,
        layout: LAYOUTS[id],
        knownCodes: id === '2024' ? knownNew : knownOld,
        knownNames: id === '2024' ? namesNew : namesOld,
      },
      ledger,
    );
    results.set(id, parsed.results);
    if (id === '2019') seatInfo.set('2010', parsed.seats);
    if (id === '2024') seatInfo.set('2024', parsed.seats);
    progress(src);
  }
  const candSrc = get('hoc-ge2024-candidates').source;
  const candRepair = repairDoubleUtf8(get('hoc-ge2024-candidates').bytes);
  if (candRepair.lines.length)
    ledger.note(
      candSrc.id,
      candSrc.file,
      `UTF-8 encoded twice on line${candRepair.lines.length > 1 ? 's' : ''} ${candRepair.lines.join(', ')} (e.g. "Ã\\u0081ine" for "Áine"): repaired`,
    );
  const candidates2024 = parseCandidates2024(
    {
      source: candSrc.id,
      file: candSrc.file,
      text: decodeTextReport(candSrc.file, candRepair.bytes, 'utf-8').text,
      results: results.get('2024')!,
    },
    ledger,
  );
  progress('hoc-ge2024-candidates');
  const members = (['2019', '2024'] as const).flatMap((id) =>
    parseMembers({ ...resultTexts.get(id)!, election: id, codes: id === '2024' ? knownNew : knownOld }),
  );
  checkMembers(candidates2024, members, get('hoc-ge2024-candidates').source.file);
  const hoc1918 = parseHoc1918({ ...text('hoc-1918-2019'), knownCodes: knownOld }, ledger);
  const nationalTotals = parseNationalTotals(text('hoc-1918-2019'));
  ledger.note(
    'hoc-1918-2019',
    get('hoc-1918-2019').source.file,
    `every row is also summed into national totals per election (${nationalTotals.length} elections, ${nationalTotals.reduce((s, t) => s + t.rowsUncounted, 0)} rows without votes left out): national-totals.json`,
  );
  progress('hoc-1918-2019');
  const besFile = get('bes-2019').source.file;
  const bes = parseBes2010(
    { source: 'bes-2019', table: readSheet(besFile, get('bes-2019').bytes, 'Data', BES_COLUMNS), knownCodes: knownOld },
    ledger,
  );
  progress('bes-2019');
  const ecFile = get('ec-ge2010').source.file;
  const ec = parseEc2010(
    {
      source: 'ec-ge2010',
      table: readSheet(ecFile, get('ec-ge2010').bytes, 'Party vote share', [
        'Press Association Reference',
        'Electorate',
        'Votes',
      ]),
    },
    ledger,
  );
  progress('ec-ge2010');
  results.set(
    '2010',
    build2010(
      {
        hoc: { id: 'hoc-1918-2019', file: get('hoc-1918-2019').source.file, rows: hoc1918 },
        bes: { id: 'bes-2019', file: besFile, rows: bes },
        ec: { id: 'ec-ge2010', file: ecFile, rows: ec },
      },
      ledger,
    ),
  );

  const idToCode = parseUkparl({ ...text('ukparl-2025'), knownNew }, ledger);
  const lineage = parseOverlaps({ ...text('overlaps'), idToCode, knownOld }, ledger);
  progress('overlaps');
  const postcodeFiles = namedStep(
    'postcode files (pc-old-*, pc-districts-2024, pc-new-2024, pc-live-*)',
    'postcode files',
    () =>
      cachedStep({
        name: 'postcodes',
        inputs: {
          sources: sources.filter((s) => s.id.startsWith('pc-')),
          lineage,
          idToCode: [...idToCode],
          knownOld: [...knownOld].sort(),
          knownNew: [...knownNew].sort(),
        },
        ledger,
        log: (line) => opts.log(`postcode ${line}`),
        run: (log) =>
          postcodesFromSources({
            text,
            sourceIds: sources.map((s) => s.id),
            ledger,
            lineage,
            idToCode,
            knownOld,
            knownNew,
            log,
          }),
        encode: (files) => [...files],
        decode: (json) => new Map(json as [string, string][]),
      }),
  );
  const official = parseNotional(
    { csv: text('notional-2019-csv'), json: text('notional-2019-json'), knownNew },
    ledger,
  );
  progress('notional-2019-json');
  const leaveOld = parseCodeValue(
    {
      ...text('leave-2010'),
      codeColumn: 'PCON11CD',
      valueColumn: 'Figure to use',
      known: knownOld,
      scale: 100,
      min: 0,
      max: 1,
      ...GB_ONLY,
    },
    ledger,
  );
  const leaveNew = parseCodeValue(
    {
      ...text('leave-2024'),
      codeColumn: 'gss_code',
      valueColumn: 'LeavePct',
      known: knownNew,
      scale: 100,
      min: 0,
      max: 1,
      ...GB_ONLY,
    },
    ledger,
  );
  const imdOld = parseCodeValue(
    { ...text('imd'), codeColumn: 'gss-code', valueColumn: 'pcon-deprivation-score', known: knownOld, min: 0 },
    ledger,
  );
  const curatedFiles = checkCuratedFiles(opts.root);
  opts.log(
    `validate curated files      ${curatedFiles.length} files under data/ checked against scripts/lib/curated-files.ts`,
  );
  const curated = loadCurated(opts.root, knownOld, opts.today ?? new Date().toISOString().slice(0, 10), knownNew, {
    '2010': namesOld,
    '2024': namesNew,
  });
  for (const line of describeUnresolved(curated)) opts.log(`curated unresolved: ${line}`);
  for (const n of curated.notes) ledger.note('curated', n.split(': ')[0] ?? 'data', n);
  // The curated loader stops on any bad row, so every row it returns was read and kept (unresolved places included).
  for (const set of curated.sets) {
    if (set.format === 'organisers') continue;
    ledger.read(`curated:${set.entry.id}`, set.entry.file, set.rows.length);
    ledger.used(`curated:${set.entry.id}`, set.entry.file, set.rows.length);
  }
  ledger.read('curated:organisers', 'data/organisers.csv', curated.organisers.length);
  ledger.used('curated:organisers', 'data/organisers.csv', curated.organisers.length);
  if (curated.unresolvedOrganisers.length)
    ledger.note(
      'curated:organisers',
      'data/organisers.csv',
      `${curated.unresolvedOrganisers.length} places named too loosely for one seat are kept, reported and left out of comparisons`,
    );
  for (const [key, rows] of [
    ['labour-year-end', curated.membership.labourYearEnd],
    ['parties-hocl', curated.membership.parties],
    ['parties-reported', curated.membership.others],
  ] as const) {
    ledger.read(`curated:${key}`, `data/membership/${key}.csv`, rows.length);
    ledger.used(`curated:${key}`, `data/membership/${key}.csv`, rows.length);
  }
  opts.log(
    `validate curated            ${curated.sets.length} seat sets, ${curated.organisers.length} organiser rows (${curated.unresolvedOrganisers.length} unresolved places, reported), ${curated.membership.labourYearEnd.length + curated.membership.parties.length + curated.membership.others.length} membership rows`,
  );
  const t2 = performance.now();

  const notional = estimateNotional(results.get('2019')!, lineage, official, 'notional-2019-json');
  results.set('2019N', notional.results);
  opts.log(
    `derive  2019 notional: estimated winners agree with the official notional winners in ${notional.summary.winnersAgree} of ${notional.summary.seats} seats`,
  );

  const seats: Seat[] = [];
  for (const set of ['2010', '2024'] as const) {
    const slugs = new Map<string, string>();
    for (const s of seatInfo.get(set)!) {
      const slug = slugify(s.name);
      if (slugs.has(slug))
        throw new DataError('derived seats', null, 'slug', `${s.code} and ${slugs.get(slug)} share the slug "${slug}"`);
      slugs.set(slug, s.code);
      seats.push({ ...s, slug, boundarySet: set });
    }
  }
  const localMembership = loadLocalMembership(
    opts.root,
    knownOld,
    knownNew,
    opts.today ?? new Date().toISOString().slice(0, 10),
    seats,
  );
  for (const line of describeLocalMembership(localMembership)) opts.log(`membership ${line}`);
  for (const f of localMembership.files) {
    ledger.read(`local-membership:${f.id}`, f.file, f.rowsRead);
    ledger.used(`local-membership:${f.id}`, f.file, f.rowsUsed);
  }
  // A few unchanged Scottish seats keep their code in both boundary sets, so seats are keyed by set and code.
  const seatByKey = new Map(seats.map((s) => [`${s.boundarySet}:${s.code}`, s]));
  const membership = new Map<string, AreaMembership>();
  for (const s of seats) {
    const other = membership.get(s.code);
    if (other && (other.region !== s.region || other.nation !== s.nation)) {
      throw new DataError(
        'derived seats',
        null,
        'region',
        `${s.code} is in both boundary sets but in different regions (${other.region}, ${s.region})`,
      );
    }
    membership.set(s.code, s);
  }
  const metrics: SeatMetrics[] = [];
  for (const e of ELECTIONS) {
    const prev = e.previous ? new Map(results.get(e.previous)!.map((r) => [r.code, r])) : null;
    for (const r of results.get(e.id)!)
      metrics.push(seatMetrics(seatByKey.get(`${e.boundarySet}:${r.code}`)!, r, prev?.get(r.code) ?? null));
  }
  const areas = areaMetrics(results, membership);

  const imdNew = new Map<string, number>();
  for (const code of knownNew) {
    let w = 0;
    let s = 0;
    for (const l of lineage)
      if (l.new === code && imdOld.has(l.old)) {
        w += l.popShareOfNew;
        s += l.popShareOfNew * imdOld.get(l.old)!;
      }
    if (w > 0.5) imdNew.set(code, s / w);
  }
  const context: SeatContext[] = seats.map((s) => ({
    code: s.code,
    boundarySet: s.boundarySet,
    leavePct: (s.boundarySet === '2010' ? leaveOld : leaveNew).get(s.code) ?? null,
    imdScore: (s.boundarySet === '2010' ? imdOld : imdNew).get(s.code) ?? null,
  }));
  const maps: MapGeometry[] = [];
  for (const set of ['2010', '2024'] as const) {
    const known = set === '2010' ? knownOld : knownNew;
    const regions = new Map(seats.filter((x) => x.boundarySet === set).map((x) => [x.code, x.region]));
    for (const kind of ['geo', 'hex'] as const) {
      const id = `${kind === 'geo' ? 'boundaries' : 'hex'}-${set}`;
      const t = text(id);
      const g = namedStep(t.file, `${kind} map ${set}`, () =>
        buildMapGeometry({ file: t.file, text: t.text, set, kind, knownCodes: known, regions }),
      );
      ledger.read(id, t.file, g.seats.length);
      ledger.used(id, t.file, g.seats.length);
      if (g.report.windingFixed)
        ledger.note(id, t.file, `${g.report.windingFixed} rings wound the wrong way for d3-geo were reversed`);
      opts.log(`map      ${kind} ${set}: ${g.seats.length} seats, viewBox ${g.viewBox.join(' ')}`);
      maps.push(g);
    }
  }
  const t3 = performance.now();

  const unbalanced = ledger.unbalanced();
  if (unbalanced.length) throw new Error(`reconciliation does not add up: ${unbalanced.join('; ')}`);
  const out = new OutputSet();
  out.json('seats.json', seats);
  out.json('results.json', [...results.values()].flat());
  out.json('seat-metrics.json', metrics);
  out.json('area-metrics.json', areas);
  out.json('lineage.json', lineage);
  out.json('notional.json', { seats: notional.seats, summary: notional.summary });
  out.json('context.json', context);
  out.json('national-totals.json', nationalTotals);
  out.json('people.json', { candidates2024, members });
  out.json('curated.json', curated);
  out.json('local-membership.json', localMembership);
  for (const g of maps) out.json(`maps/${g.kind}-${g.set}.json`, g);
  for (const [path, json] of postcodeFiles) out.add(`site/${path}`, `${json}\n`);
  out.json(
    'sources.json',
    sources.map(({ id, file, url, publisherUrl, publisher, title, licence, attribution, sha256, note }) => ({
      id,
      file,
      url,
      publisherUrl,
      publisher,
      title,
      licence,
      attribution,
      sha256,
      note: note ?? null,
    })),
  );
  const files = ledger.entries();
  const totals = files.reduce(
    (a, f) => ({
      read: a.read + f.rowsRead,
      used: a.used + f.rowsUsed,
      skipped: a.skipped + f.skipped.reduce((s, x) => s + x.count, 0),
    }),
    { read: 0, used: 0, skipped: 0 },
  );
  const version = out.version();
  out.json('report.json', { version, totals, files, notional: notional.summary });
  out.json('version.json', { version, sources: sources.map((s) => ({ id: s.id, sha256: s.sha256 })) });
  out.commit(opts.outDir);
  const t4 = performance.now();
  const summary = `data ${version}: ${sources.length} sources, ${totals.read.toLocaleString('en-GB')} rows read, ${totals.used.toLocaleString('en-GB')} used, ${totals.skipped.toLocaleString('en-GB')} skipped with reasons, 0 rejected; ${metrics.length.toLocaleString('en-GB')} seat results in ${((t4 - t0) / 1000).toFixed(1)} s`;
  void NATIONS;
  return {
    version,
    summary,
    timings: { acquireMs: t1 - t0, validateMs: t2 - t1, deriveMs: t3 - t2, writeMs: t4 - t3 },
  };
}

/** Code -> name of every constituency in a boundary GeoJSON; exactly 650, no duplicates. */
function boundaryNames(src: { file: string; text: string }, codeProp: string, nameProp: string): Map<string, string> {
  let data: { features?: { properties?: Record<string, unknown> }[] };
  try {
    data = JSON.parse(src.text);
  } catch (e) {
    throw new DataError(src.file, null, null, `invalid JSON: ${(e as Error).message}`);
  }
  const names = new Map<string, string>();
  (data.features ?? []).forEach((f, i) => {
    const code = f.properties?.[codeProp];
    const name = f.properties?.[nameProp];
    if (typeof code !== 'string' || !/^(E14|W07|S14|N05|N06)\d{6}$/.test(code))
      throw new DataError(
        src.file,
        null,
        `features[${i}].properties.${codeProp}`,
        `not a constituency code: ${JSON.stringify(code)}`,
      );
    if (names.has(code))
      throw new DataError(
        src.file,
        null,
        `features[${i}].properties.${codeProp}`,
        `duplicate constituency code ${code}`,
      );
    if (typeof name !== 'string' || name.trim() === '')
      throw new DataError(src.file, null, `features[${i}].properties.${nameProp}`, `no name for ${code}`);
    names.set(code, name);
  });
  if (names.size !== 650) throw new DataError(src.file, null, codeProp, `${names.size} constituencies, expected 650`);
  return names;
}

export function defaultOptions(root: string, log: (line: string) => void): PipelineOptions {
  return {
    root,
    manifestPath: join(root, 'data/sources.json'),
    mirror: process.env.GROUNDWORK_MIRROR ?? join(root, '../shared/data'),
    trustedLinkRoots: [join(root, '../shared/data')],
    rawCache: join(root, 'data/raw'),
    outDir: join(root, 'data/derived'),
    log,
  };
}
