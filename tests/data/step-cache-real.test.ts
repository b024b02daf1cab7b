// The step cache on the real data: a run that reuses the cached postcode, map and 2010 results steps writes the same bytes, file for
// file (report.json and its row ledger included), as the run that filled the cache, and its log says it reused them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { defaultOptions, runPipeline } from '../../pipeline/pipeline';
import { snapshot } from '../unit/pipeline/broken-mirror';
import { ROOT } from './derived';

const work = mkdtempSync(join(tmpdir(), 'groundwork-step-cache-real-'));
const saved = process.env.GROUNDWORK_STEP_CACHE;
const logs: string[][] = [];

beforeAll(async () => {
  process.env.GROUNDWORK_STEP_CACHE = join(work, 'cache');
  for (const n of [1, 2]) {
    const log: string[] = [];
    await runPipeline({ ...defaultOptions(ROOT, (l) => log.push(l)), outDir: join(work, `derived-${n}`) });
    logs.push(log);
  }
}, 240_000);

afterAll(() => {
  if (saved === undefined) delete process.env.GROUNDWORK_STEP_CACHE;
  else process.env.GROUNDWORK_STEP_CACHE = saved;
  rmSync(work, { recursive: true, force: true });
});

it('a run from the cached postcode, map and 2010 results steps writes the same files as the run that filled it, and says so', () => {
  const first = snapshot(join(work, 'derived-1'))!;
  expect(Object.keys(first).filter((f) => f.startsWith('site/postcodes/')).length).toBeGreaterThan(2900);
  expect(snapshot(join(work, 'derived-2'))).toEqual(first);
  expect(logs[0]!.some((l) => l.includes('reused from'))).toBe(false);
  expect(
    logs[1]!.filter((l) => /^postcode postcodes: reused from .*postcodes-[0-9a-f]{20}\.json/.test(l)),
  ).toHaveLength(1);
  expect(logs[1]!.filter((l) => /^maps: reused from .*maps-[0-9a-f]{20}\.json/.test(l))).toHaveLength(1);
  expect(logs[1]!.filter((l) => /^results-2010: reused from .*results-2010-[0-9a-f]{20}\.json/.test(l))).toHaveLength(
    1,
  );
});
