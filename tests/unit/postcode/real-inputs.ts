// Test helper: reads the real postcode and lookup files from the mirror (tests/support/raw-files.ts) and derives the
// Lineage[] input the pipeline's lineage step would give the postcodes step (overlap population / old or new seat
// total); reads the district files the data step wrote (built once per `npm test` by `npm run data`, not again here).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Lineage } from '../../../src/lib/schema/lineage';
import { parseCodePoint } from '../../../pipeline/parse/codepoint';
import { parseSeatRanges, type SeatRanges } from '../../../pipeline/parse/pcon24-ranges';
import type { CodePointFile } from '../../../pipeline/steps/postcode-districts';
import { DISTRICTS_FILE, REGEX_DIR } from '../../../pipeline/steps/postcode-inputs';
import {
  buildPostcodeSlices,
  type PostcodeStepInput,
  type PostcodeStepResult,
} from '../../../pipeline/steps/postcodes';
import { POSTCODE_DIR, type PostcodeDistrictFile } from '../../../src/lib/postcode/district-file';
import { postcodeDistrictFileSchema } from '../../../src/lib/schema/postcode-district';
import { rawPath, readRaw } from '../../support/raw-files';
import { derivedDir } from '../../data/derived';

function csv(path: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readRaw(path), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

export function realLineage(): Lineage[] {
  const idToCode = new Map(
    csv('lookups/ukparl.2025.csv').map((r) => [r['UKPARL.2025'] as string, r.PCON24CD as string]),
  );
  const rows = csv('lookups/constituency-mapping-2010-to-2025.csv').map((r) => ({
    old: r.PARL10 as string,
    new: idToCode.get(r.PARL25 as string) as string,
    pop: Number(r.overlap_pop),
  }));
  const total = (key: 'old' | 'new') => {
    const sums = new Map<string, number>();
    for (const r of rows) sums.set(r[key], (sums.get(r[key]) ?? 0) + r.pop);
    return sums;
  };
  const oldTotals = total('old');
  const newTotals = total('new');
  return rows.map((r) => ({
    old: r.old,
    new: r.new,
    popShareOfOld: (oldTotals.get(r.old) ?? 0) > 0 ? r.pop / (oldTotals.get(r.old) as number) : 0,
    popShareOfNew: (newTotals.get(r.new) ?? 0) > 0 ? r.pop / (newTotals.get(r.new) as number) : 0,
  }));
}

export function realNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of csv('lookups/constituencies-2010.csv')) names.set(r.PCON10CD as string, r.Name as string);
  for (const r of csv('lookups/ukparl.2025.csv')) names.set(r.PCON24CD as string, r.PCON24NM as string);
  return names;
}

export function realStepInput(): PostcodeStepInput {
  const regexFiles: Record<string, string> = {};
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    regexFiles[letter] = readRaw(join(REGEX_DIR, `${letter}.json`));
  }
  return {
    regexFiles,
    districtsCsv: readRaw(DISTRICTS_FILE),
    lineage: realLineage(),
    knownOld: new Set(csv('lookups/constituencies-2010.csv').map((r) => r.PCON10CD as string)),
    knownNew: new Set(csv('lookups/ukparl.2025.csv').map((r) => r.PCON24CD as string)),
  };
}

export const RANGES_FILE = 'postcodes/pcon24_mysociety_mini_lookup/pcon_2024.json';
export const CODE_POINT_DIR = 'postcodes/codepoint_open_2025_4/Data/CSV';

export function realRanges(): SeatRanges {
  const idToCode = new Map(
    csv('lookups/ukparl.2025.csv').map((r) => [r['UKPARL.2025'] as string, r.PCON24CD as string]),
  );
  return parseSeatRanges(RANGES_FILE, readRaw(RANGES_FILE), idToCode);
}

export function realCodePoint(): CodePointFile[] {
  return readdirSync(rawPath(CODE_POINT_DIR))
    .sort()
    .map((name) => {
      const area = name.replace(/\.csv$/, '').toUpperCase();
      const file = `${CODE_POINT_DIR}/${name}`;
      return { file, area, rows: parseCodePoint(file, area, readRaw(file)) };
    });
}

let slices: { input: PostcodeStepInput; result: PostcodeStepResult; seconds: number } | undefined;
/** The postcodes step on the real files, run once per test file (several seconds), with its time. */
export function realSlices(): { input: PostcodeStepInput; result: PostcodeStepResult; seconds: number } {
  if (!slices) {
    const input = realStepInput();
    const t = performance.now();
    const result = buildPostcodeSlices(input);
    slices = { input, result, seconds: (performance.now() - t) / 1000 };
  }
  return slices;
}

/** The district files the data step wrote (data/derived/site/postcodes/), by district, with each file's size in bytes. */
export async function writtenDistrictFiles(): Promise<Map<string, { file: PostcodeDistrictFile; bytes: number }>> {
  const dir = join(await derivedDir(), 'site', POSTCODE_DIR);
  const out = new Map<string, { file: PostcodeDistrictFile; bytes: number }>();
  for (const name of readdirSync(dir).sort()) {
    const bytes = readFileSync(join(dir, name));
    out.set(name.slice(0, -5), {
      file: postcodeDistrictFileSchema.parse(JSON.parse(bytes.toString('utf8'))),
      bytes: bytes.length,
    });
  }
  return out;
}
