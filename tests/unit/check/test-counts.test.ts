// The counting rules of `npm test` (tools/check/test-counts.ts): every kind of failure counts, and a runner's exit
// status or an empty run cannot be hidden by a report that looks clean.
import { describe, expect, it } from 'vitest';
import { playwrightCounts, reconcile, type PlaywrightReport } from '../../../tools/check/test-counts';

const clean = { passed: 3, failed: 0, failures: [], skipped: [] };

describe('reconcile', () => {
  it('keeps a clean report with exit 0', () => {
    expect(reconcile('vitest', clean, 0)).toMatchObject({ passed: 3, failed: 0 });
  });
  it('counts a non-zero exit as a failure when the report shows none', () => {
    expect(reconcile('vitest', clean, 1)).toMatchObject({ passed: 3, failed: 1 });
  });
  it('does not add to failures the report already counts', () => {
    expect(reconcile('vitest', { ...clean, failed: 2 }, 1).failed).toBe(2);
  });
  it('counts a run that found no tests as failed', () => {
    expect(reconcile('playwright', { passed: 0, failed: 0, failures: [], skipped: [] }, 0)).toMatchObject({
      failed: 1,
      failures: ['playwright: found no tests'],
    });
  });
  it('counts a missing report as failed, even with exit 0', () => {
    expect(reconcile('vitest', null, 0).failed).toBe(1);
  });
});

describe('playwrightCounts', () => {
  const report: PlaywrightReport = {
    stats: { expected: 2, unexpected: 1, flaky: 1, skipped: 1 },
    errors: [{ message: 'Error: browserType.launch: Failed to launch chromium\nmore' }],
    suites: [
      {
        title: 'home.spec.ts',
        specs: [
          { title: 'draws the map', file: 'home.spec.ts', line: 3, tests: [{ status: 'unexpected' }] },
          {
            title: 'hostile',
            file: 'home.spec.ts',
            line: 9,
            tests: [{ status: 'skipped', annotations: [{ type: 'skip', description: 'no hostile build' }] }],
          },
        ],
      },
    ],
  };
  it('counts unexpected results and global errors as failed, flaky as passed', () => {
    const c = playwrightCounts(report);
    expect(c).toMatchObject({ passed: 3, failed: 2 });
    expect(c.failures).toEqual([
      'home.spec.ts > draws the map (home.spec.ts:3)',
      'global error: Error: browserType.launch: Failed to launch chromium',
    ]);
  });
  it('lists a deliberate skip with its reason', () => {
    expect(playwrightCounts(report).skipped).toEqual(['home.spec.ts > hostile: no hostile build']);
  });
  it('counts a test skipped without test.skip (a serial group stopped early) as failed', () => {
    const serial: PlaywrightReport = {
      stats: { expected: 0, unexpected: 1, flaky: 0, skipped: 1 },
      suites: [
        {
          title: 'hostile.spec.ts',
          specs: [
            { title: 'first', file: 'hostile.spec.ts', line: 4, tests: [{ status: 'unexpected' }] },
            { title: 'second', file: 'hostile.spec.ts', line: 8, tests: [{ status: 'skipped' }] },
          ],
        },
      ],
    };
    const c = playwrightCounts(serial);
    expect(c).toMatchObject({ passed: 0, failed: 2, skipped: [] });
    expect(c.failures).toEqual([
      'hostile.spec.ts > first (hostile.spec.ts:4)',
      'hostile.spec.ts > second (hostile.spec.ts:8): did not run',
    ]);
  });
});
