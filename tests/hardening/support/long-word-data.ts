// Derived tables for the long-word build: the real inputs, with a 10,000-character word as the first organiser row's
// name_in_source and as the first seat set's title, run through the real pipeline.
// Usage: tsx tests/hardening/support/long-word-data.ts <work folder> <derived out folder>
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { defaultOptions, runPipeline } from '../../../scripts/pipeline';
import { ROOT } from '../../unit/pipeline/broken-mirror';

/** The word: recognisable start, 10,000 characters, no spaces. */
export const LONG_WORD = `Longword${'x'.repeat(9_992)}`;

const [work, out] = process.argv.slice(2);
if (work && out) {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'data'), { recursive: true });
  for (const part of ['organisers.csv', 'seat-sets', 'membership', 'claims.json', 'changelog.json']) {
    const { cpSync } = await import('node:fs');
    cpSync(join(ROOT, 'data', part), join(work, 'data', part), { recursive: true });
  }
  const orgPath = join(work, 'data/organisers.csv');
  const parsed = Papa.parse<Record<string, string>>(readFileSync(orgPath, 'utf8'), { header: true, skipEmptyLines: true });
  const first = parsed.data[0]!;
  first.note = `${first.note} TEST DATA: the name in the source is replaced by a 10,000-character word; the seat is ${first.name_in_source}.`;
  first.name_in_source = LONG_WORD;
  writeFileSync(orgPath, `${Papa.unparse(parsed.data, { columns: parsed.meta.fields, newline: '\n' })}\n`);
  const setsPath = join(work, 'data/seat-sets/sets.json');
  const sets = JSON.parse(readFileSync(setsPath, 'utf8')) as { title: string }[];
  sets[0]!.title = LONG_WORD;
  writeFileSync(setsPath, `${JSON.stringify(sets, null, 2)}\n`);
  await runPipeline({ ...defaultOptions(ROOT, () => {}), root: work, rawCache: join(work, 'raw'), outDir: out, today: new Date().toISOString().slice(0, 10) });
  console.log(`long-word derived tables in ${out}`);
}
