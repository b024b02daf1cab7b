// tests/support/counts-reporter.ts on a run of deliberately broken test files (in a child vitest): a test under a
// throwing beforeAll, a throwing afterAll, a file that does not load and an unhandled error each count as failed; a
// skip is listed with its reason; vitest itself exits non-zero.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../../../tools/check/site-copy';
import type { VitestReport } from '../../../tools/check/test-counts';

const dir = join(REPO, 'test-results', `counts-probe-${process.pid}`);
const FILES: Record<string, string> = {
  'before.test.ts': `import { beforeAll, describe, expect, it } from 'vitest';
describe('suite', () => {
  beforeAll(() => { throw new Error('probe beforeAll'); });
  it('a', () => expect(1).toBe(1));
  it('b', () => expect(1).toBe(1));
});
it('c', () => expect(1).toBe(1));
it('skipped', (ctx) => ctx.skip('not on this machine'));`,
  'after.test.ts': `import { afterAll, expect, it } from 'vitest';
afterAll(() => { throw new Error('probe afterAll'); });
it('d', () => expect(1).toBe(1));`,
  'broken.test.ts': `import { it } from 'vitest';
throw new Error('probe does not load');
it('never', () => {});`,
  'unhandled.test.ts': `import { expect, it } from 'vitest';
it('e', async () => { setTimeout(() => { throw new Error('probe unhandled'); }, 0); await new Promise((r) => setTimeout(r, 50)); expect(1).toBe(1); });`,
};

let status: number | null = null;
let report: VitestReport;

describe('the counts reporter on broken test files', () => {
  beforeAll(() => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
    writeFileSync(
      join(dir, 'vitest.config.mjs'),
      `export default { test: { include: ['*.test.ts'], reporters: [${JSON.stringify(join(REPO, 'tests/support/counts-reporter.ts'))}] } };\n`,
    );
    const r = spawnSync(
      process.execPath,
      [join(REPO, 'node_modules/vitest/vitest.mjs'), 'run', '--root', dir, '--config', join(dir, 'vitest.config.mjs')],
      {
        env: { ...process.env, GROUNDWORK_VITEST_REPORT: join(dir, 'report.json'), NO_COLOR: '1' },
        encoding: 'utf8',
      },
    );
    status = r.status;
    report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as VitestReport;
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('vitest exits non-zero', () => expect(status).not.toBe(0));
  it('counts the passing tests', () => expect(report.passed).toBe(3));
  it('counts both tests under the failed beforeAll, the afterAll, the unloadable file and the unhandled error', () => {
    expect(report.failed).toBe(5);
    expect(report.failures.join('\n')).toMatch(/suite > a: did not run \(probe beforeAll\)/);
    expect(report.failures.join('\n')).toMatch(/after\.test\.ts: probe afterAll/);
    expect(report.failures.join('\n')).toMatch(/broken\.test\.ts: probe does not load/);
    expect(report.failures.join('\n')).toMatch(/unhandled error: probe unhandled/);
  });
  it('lists the skip with its reason', () =>
    expect(report.skipped).toEqual(['before.test.ts > skipped: not on this machine']));
});
