// The mini site: the site built with pages for only the seats of tests/fixtures/mini-site/seats.json, two seats of each
// cited set and one seat per region (about 40 seat codes instead of 1,300), for the builds that check properties of the build (reproducible
// pair, sub-path, hostile data) rather than of the full data, through the same Astro build. Only the seat list and the
// maps are cut (the national maps re-fitted to the chosen seats, each area's map cut again from them); results, metrics and everything else stay whole, so claim
// checks and area figures compute as on the full site. Tables may therefore name seats that have no page here.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { subsetGeometry } from '../../src/lib/maps/subset';
import { ALIASES_FILE } from '../../src/lib/search/aliases';
import type { MapGeometry } from '../../src/lib/maps/types';
import type { Seat } from '../../src/lib/schema/seat';
import { buildAreaMaps } from '../../pipeline/steps/maps';
import type { CrawlProblem } from './crawl';
import { REPO } from './site-copy';

export const MINI_FIXTURE = 'tests/fixtures/mini-site/seats.json';

/** Seats of each cited set given pages (besides the fixture's, which include organiser seats such as Putney). */
const SEATS_PER_SET = 2;

const readJson = <T>(dir: string, f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T;

interface Curated {
  sets: { codes: string[]; rows: { ons_code: string | null }[] }[];
}

/** The fixture's seats, two seats of each cited set in `derived`, the seats of the search box's other names, and one seat per region on each boundary set (each area's page and map needs one). */
export function miniCodes(derived: string, extra: readonly string[] = []): Set<string> {
  const fixture = JSON.parse(readFileSync(join(REPO, MINI_FIXTURE), 'utf8')) as { seats: { code: string }[] };
  const curated = JSON.parse(readFileSync(join(derived, 'curated.json'), 'utf8')) as Curated;
  const codes = new Set([...fixture.seats.map((s) => s.code), ...extra]);
  // Two seats of each cited set (its claim page, map and seat pages show the set); its other seats' links are the
  // only references the mini site may leave unresolved (isOutsideMiniSite).
  for (const s of curated.sets) for (const c of [...s.codes].sort().slice(0, SEATS_PER_SET)) codes.add(c);
  // Every seat the search box's other names point at (data/seat-aliases.csv; the build checks each is a seat).
  const aliases = Papa.parse<{ ons_code: string }>(
    readFileSync(join(REPO, ALIASES_FILE), 'utf8').replace(/^\ufeff/, ''),
    { header: true, skipEmptyLines: true },
  );
  for (const a of aliases.data) codes.add(a.ons_code);
  const seats = readJson<{ code: string; region: string; boundarySet: string }[]>(derived, 'seats.json');
  const areas = new Set<string>();
  for (const s of [...seats].sort((a, b) => a.code.localeCompare(b.code))) {
    const k = `${s.region}|${s.boundarySet}`;
    if (areas.has(k)) continue;
    areas.add(k);
    codes.add(s.code);
  }
  return codes;
}

/** Writes the derived tables of `full` restricted to `codes` into `out` (replacing it). */
export function writeMiniDerived(full: string, out: string, codes: ReadonlySet<string>): void {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'maps'), { recursive: true });
  const byCode = <T extends { code: string }>(rows: T[]) => rows.filter((r) => codes.has(r.code));
  const write = (f: string, v: unknown) => writeFileSync(join(out, f), JSON.stringify(v));
  const seats = byCode(readJson<Seat[]>(full, 'seats.json'));
  write('seats.json', seats);
  const maps: MapGeometry[] = [];
  for (const f of readdirSync(join(full, 'maps')).filter((f) => f.endsWith('.json'))) {
    const g = readJson<MapGeometry>(join(full, 'maps'), f);
    const own = new Set(g.seats.map((s) => s.code).filter((c) => codes.has(c)));
    maps.push(subsetGeometry(g, own));
    write(join('maps', f), maps.at(-1));
  }
  // Each area's map cut again from the mini national maps, as the pipeline cuts them from the full ones.
  mkdirSync(join(out, 'maps/areas'));
  for (const a of buildAreaMaps(maps, seats)) write(join('maps/areas', `${a.name}.json`), a.geometry);
  for (const f of readdirSync(full)) {
    if (f === 'maps' || readdirSync(out).includes(f)) continue;
    cpSync(join(full, f), join(out, f), { recursive: true });
  }
}

/** A crawl problem that is only a link to a seat page the mini site (built from `derived`) does not have. */
export function isOutsideMiniSite(p: CrawlProblem, derived: string): boolean {
  const code = p.problem === 'missing' ? /\/seat\/([A-Z]\d{8})\/(?:[#?]|$)/.exec(p.url)?.[1] : undefined;
  if (!code) return false;
  pages ??= new Map();
  let codes = pages.get(derived);
  if (!codes)
    pages.set(derived, (codes = new Set(readJson<{ code: string }[]>(derived, 'seats.json').map((s) => s.code))));
  return !codes.has(code);
}
let pages: Map<string, Set<string>> | undefined;
