// The hostile-data build: copies of real inputs whose names, titles, notes and URLs carry the payloads of
// tests/fixtures/hostile/strings.json (and a 10,000-character word in an organiser row's name and a set title), run
// through the real pipeline into a derived folder for a site build.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { defaultOptions, runPipeline } from '../../pipeline/pipeline';
import { hostileStrings, LONG_WORD, LONG_WORD_SET } from './hostile-strings';
import { REPO } from './site-copy';
import { linkedRawCache, writeTempInputs } from './temp-mirror';

/** Sets `column` of the rows whose first cell is a key of `values`, re-quoting the CSV only where needed. */
export function setCells(csv: string, column: string, values: ReadonlyMap<string, string>): string {
  const eol = csv.includes('\r\n') ? '\r\n' : '\n';
  const bom = csv.startsWith('\ufeff') ? '\ufeff' : '';
  const rows = Papa.parse<string[]>(csv.slice(bom.length), { delimiter: ',', skipEmptyLines: true }).data;
  const col = rows[0]!.indexOf(column);
  if (col < 0) throw new Error(`no column ${column}`);
  const seen = new Set<string>();
  for (const r of rows.slice(1)) {
    const v = values.get(r[0]!);
    if (v !== undefined) {
      r[col] = v;
      seen.add(r[0]!);
    }
  }
  const missing = [...values.keys()].filter((k) => !seen.has(k));
  if (missing.length) throw new Error(`no rows for ${missing.join(', ')}`);
  return `${bom}${Papa.unparse(rows, { newline: eol })}${eol}`;
}

/** Sets the name property of the GeoJSON features whose code is a key of `values`. */
export function setFeatureNames(
  json: string,
  codeProp: string,
  nameProp: string,
  values: ReadonlyMap<string, string>,
): string {
  const data = JSON.parse(json) as { features: { properties: Record<string, unknown> }[] };
  const seen = new Set<string>();
  for (const f of data.features) {
    const v = values.get(String(f.properties[codeProp]));
    if (v === undefined) continue;
    f.properties[nameProp] = v;
    seen.add(String(f.properties[codeProp]));
  }
  const missing = [...values.keys()].filter((k) => !seen.has(k));
  if (missing.length) throw new Error(`no features for ${missing.join(', ')}`);
  return JSON.stringify(data);
}

/** Replaces `fields` of the first data row that `which` picks in a curated CSV. */
function editRow(
  csv: string,
  which: (row: Record<string, string>, index: number) => boolean,
  fields: (row: Record<string, string>) => Record<string, string>,
): string {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const row = parsed.data.find(which);
  if (!row) throw new Error('no row to edit');
  Object.assign(row, fields(row));
  return `${Papa.unparse(parsed.data, { columns: parsed.meta.fields, newline: '\n' })}\n`;
}

const first = (_row: Record<string, string>, index: number) => index === 0;
/** An organiser row naming a place that is no single seat: its name is shown as given, on the organisers page. */
const unresolved = (row: Record<string, string>) => row.ons_code === '';

/** The name of the first unresolved organiser row becomes LONG_WORD; its note keeps the place's name. */
const longWordRow = (row: Record<string, string>) => ({
  name_in_source: LONG_WORD,
  note: `${row.note} TEST DATA: the name in the source is replaced by a 10,000-character word; the place is ${row.name_in_source}.`,
});

/** The seat-set registry with LONG_WORD as the title of LONG_WORD_SET. */
function longWordTitle(json: string): string {
  const sets = JSON.parse(json) as { id: string; title: string }[];
  const set = sets.find((s) => s.id === LONG_WORD_SET);
  if (!set) throw new Error(`no set ${LONG_WORD_SET}`);
  set.title = LONG_WORD;
  return `${JSON.stringify(sets, null, 2)}\n`;
}

/** Rows about a seat given a hostile name say so in their note (the pipeline stops on a name that is not its code's seat). */
function noteRenamedSeats(csv: string, renamed: ReadonlyMap<string, string>): string {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  for (const row of parsed.data) {
    const name = renamed.get(row.ons_code ?? '');
    if (name !== undefined) row.note = `${row.note} (TEST DATA: the seat is renamed ${name})`;
  }
  return `${Papa.unparse(parsed.data, { columns: parsed.meta.fields, newline: '\n' })}\n`;
}

/** Runs the pipeline on hostile copies of the inputs (temp files under `work`) and writes the derived tables to `out`. */
export async function buildHostileDerived(work: string, out: string): Promise<void> {
  const h = hostileStrings();
  const real = defaultOptions(REPO, () => {});
  if (!real.mirror) throw new Error('no mirror folder');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const names = (source: string) => new Map(h.seats.filter((s) => s.source === source).map((s) => [s.code, s.name]));
  const { id: sourceId, ...sourceFields } = h.source;
  const read = (p: string) => readFileSync(join(REPO, p), 'utf8');
  const inputs = writeTempInputs(work, {
    repo: REPO,
    realManifest: real.manifestPath,
    realMirror: real.mirror,
    alter: {
      'hoc-ge2019': (b) => setCells(b.toString('utf8'), 'Constituency name', names('hoc-ge2019')),
      'hoc-ge2024': (b) => setCells(b.toString('utf8'), 'Constituency name', names('hoc-ge2024')),
      // The pipeline checks every results file's names against the boundary files, so all carry the same payloads.
      'hoc-ge2015': (b) => setCells(b.toString('utf8'), 'constituency_name', names('hoc-ge2019')),
      'hoc-ge2017': (b) => setCells(b.toString('utf8'), 'constituency_name', names('hoc-ge2019')),
      'boundaries-2010': (b) => setFeatureNames(b.toString('utf8'), 'PCON22CD', 'PCON22NM', names('hoc-ge2019')),
      'boundaries-2024': (b) => setFeatureNames(b.toString('utf8'), 'PCON24CD', 'PCON24NM', names('hoc-ge2024')),
    },
    manifest: { [sourceId]: sourceFields },
    curated: {
      'data/organisers.csv': noteRenamedSeats(
        editRow(
          editRow(read('data/organisers.csv'), first, () => h.organiser),
          unresolved,
          longWordRow,
        ),
        names('hoc-ge2019'),
      ),
      'data/seat-sets/sets.json': longWordTitle(read('data/seat-sets/sets.json')),
      'data/membership/labour-year-end.csv': editRow(
        read('data/membership/labour-year-end.csv'),
        first,
        () => h.membership,
      ),
    },
  });
  await runPipeline({
    ...real,
    ...inputs,
    rawCache: linkedRawCache(join(work, 'raw'), real),
    outDir: out,
    log: () => {},
  });
}
