// The data pipeline: acquire raw files, validate them into typed tables, derive metrics, write everything at once.
// `npm run data` runs this file, which prints progress, the reconciliation summary, or the first bad row.
import { realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELECTIONS } from '../src/lib/elections';
import { slugify } from '../src/lib/geography';
import { areaMetrics, type AreaMembership } from '../src/lib/metrics/area-metrics';
import { seatMetrics } from '../src/lib/metrics/seat-metrics';
import type { SeatMetrics } from '../src/lib/schema/metrics';
import type { Seat } from '../src/lib/schema/seat';
import { acquire } from './steps/acquire';
import { DataError } from '../src/lib/data-error';
import { COMPARISON_METHOD } from '../src/lib/compare/method';
import { Ledger } from './lib/ledger';
import { citedSource, loadManifest } from './lib/manifest';
import { LockedError, lockOutput, OutputSet, recoverOutput } from './lib/write';
import { parseCodeValue } from './parse/context';
import { parseOverlaps, parseUkparl } from './parse/lineage';
import { parseNotional } from './parse/notional';
import { hocResults } from './parse/hoc-results';
import { people } from './parse/candidates';
import { cachedResults2010 } from './steps/results-2010';
import { estimateNotional } from './steps/notional-estimate';
import { cachedPostcodeFiles } from './steps/postcode-sources';
import { describeLocalMembership, loadLocalMembership } from './steps/local-membership';
import { boundaryNames } from './steps/boundary-names';
import { cachedMaps } from './steps/maps';
import { MAP_AREAS } from '../src/lib/maps/areas';
import { seatContext } from './steps/seat-context';
import { validateCurated } from './steps/validate-curated';

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

/**
 * Both Leave estimates: a fraction from 0 to 1, stored as a percentage. They cover Great Britain only: Northern
 * Ireland's seats have no row (and are listed in the report).
 */
const LEAVE_ESTIMATE = {
  scale: 100,
  min: 0,
  max: 1,
  covers: (code: string) => !code.startsWith('N'),
  notCovered: 'Northern Ireland, not covered by the estimates',
};

/**
 * Files the data version does not hash: the report and the version file (written after it), and the area maps, which
 * are cut from the national maps and seats the version already covers.
 */
export function outsideVersion(path: string): boolean {
  return path === 'report.json' || path === 'version.json' || path.startsWith('maps/areas/');
}

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
  const ledger = new Ledger();
  const reader = await acquire(
    sources,
    {
      mirror: opts.mirror,
      cache: opts.rawCache,
      log: opts.log,
      fetchFn: opts.fetchFn,
      trustedLinkRoots: opts.trustedLinkRoots,
      downloadTimeoutMs: opts.downloadTimeoutMs,
    },
    ledger,
  );
  const { text, progress } = reader;
  const t1 = performance.now();

  const namesOld = boundaryNames(text('boundaries-2010'), 'PCON22CD', 'PCON22NM');
  const namesNew = boundaryNames(text('boundaries-2024'), 'PCON24CD', 'PCON24NM');
  const knownOld = new Set(namesOld.keys());
  const knownNew = new Set(namesNew.keys());

  const codes = { namesOld, namesNew, knownOld, knownNew };
  const { results, seatInfo, texts } = hocResults(reader, ledger, codes);
  const { candidates2024, members } = people(reader, ledger, { results, texts }, codes);
  const longRun = cachedResults2010(reader, ledger, knownOld, sources, opts.log);
  results.set('2010', longRun.results);

  const idToCode = parseUkparl({ ...text('ukparl-2025'), knownNew }, ledger);
  const lineage = parseOverlaps({ ...text('overlaps'), idToCode, knownOld }, ledger);
  progress('overlaps');
  const postcodes = cachedPostcodeFiles({
    sources,
    text,
    ledger,
    lineage,
    idToCode,
    knownOld,
    knownNew,
    log: (line) => opts.log(`postcode ${line}`),
  });
  const official = parseNotional(
    { csv: text('notional-2019-csv'), json: text('notional-2019-json'), knownNew },
    ledger,
  );
  progress('notional-2019-json');
  const leave = (source: string, codeColumn: string, valueColumn: string, known: ReadonlySet<string>) =>
    parseCodeValue({ ...text(source), codeColumn, valueColumn, known, ...LEAVE_ESTIMATE }, ledger);
  const leaveOld = leave('leave-2010', 'PCON11CD', 'Figure to use', knownOld);
  const leaveNew = leave('leave-2024', 'gss_code', 'LeavePct', knownNew);
  const imdOld = parseCodeValue(
    { ...text('imd'), codeColumn: 'gss-code', valueColumn: 'pcon-deprivation-score', known: knownOld, min: 0 },
    ledger,
  );
  const curated = validateCurated(
    opts,
    ledger,
    knownOld,
    knownNew,
    { '2010': namesOld, '2024': namesNew },
    postcodes.authorities,
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

  const context = seatContext(seats, lineage, knownNew, leaveOld, leaveNew, imdOld);
  const { maps, areaMaps } = cachedMaps({ sources, text, ledger, log: opts.log, seats, knownOld, knownNew });
  opts.log(`map      ${areaMaps.length} area maps (${MAP_AREAS.length} areas, each kind and set) under maps/areas/`);
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
  out.json('national-totals.json', longRun.nationalTotals);
  out.json('people.json', { candidates2024, members });
  out.json('curated.json', curated);
  out.json('local-membership.json', localMembership);
  for (const g of maps) out.json(`maps/${g.kind}-${g.set}.json`, g);
  for (const a of areaMaps) out.json(`maps/areas/${a.name}.json`, a.geometry);
  for (const [path, json] of postcodes.files) out.add(`site/${path}`, `${json}\n`);
  out.json('sources.json', sources.map(citedSource));
  out.json('method.json', COMPARISON_METHOD);
  const files = ledger.entries();
  const totals = ledger.totals();
  const version = out.version(outsideVersion);
  out.json('report.json', { version, totals, files, notional: notional.summary });
  out.json('version.json', { version, sources: sources.map((s) => ({ id: s.id, sha256: s.sha256 })) });
  out.commit(opts.outDir);
  const t4 = performance.now();
  const summary = `data ${version}: ${sources.length} sources, ${totals.read.toLocaleString('en-GB')} rows read, ${totals.used.toLocaleString('en-GB')} used, ${totals.skipped.toLocaleString('en-GB')} skipped with reasons, 0 rejected; ${metrics.length.toLocaleString('en-GB')} seat results in ${((t4 - t0) / 1000).toFixed(1)} s`;
  return {
    version,
    summary,
    timings: { acquireMs: t1 - t0, validateMs: t2 - t1, deriveMs: t3 - t2, writeMs: t4 - t3 },
  };
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

/** Run as `npm run data`: the pipeline over the repository's data; a failure is one message and exit code 1. */
async function main(): Promise<void> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const log = (line: string) => process.stderr.write(`${line}\n`);
  try {
    const { summary } = await runPipeline(defaultOptions(root, log));
    process.stdout.write(`${summary}\n`);
  } catch (e) {
    const kind = e instanceof DataError ? 'DATA ERROR' : e instanceof LockedError ? 'LOCKED' : 'ERROR';
    process.stderr.write(`\n${kind}: ${(e as Error).message}\nNothing was written to data/derived.\n`);
    // exitCode, not exit(): exit() can cut off the message when stderr is a pipe.
    process.exitCode = 1;
  }
}

// Imported (by the tests, tools and benchmarks), it only exports; run as a script, it runs.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
