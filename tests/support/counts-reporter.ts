// Vitest reporter that writes the run's counts as JSON (GROUNDWORK_VITEST_REPORT, default test-results/vitest.json)
// for tools/test-all.ts. Unlike vitest's json reporter it counts every failure: a test that did not run because a
// beforeAll hook of its suite or file failed is failed (not skipped), a failed afterAll hook or a file that could not
// be loaded is one failure, and so is each unhandled error. Deliberate skips are listed with their reason.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Reporter, SerializedError, TestCase, TestModule, TestSuite } from 'vitest/node';

const first = (e: SerializedError | undefined) => (e?.message ?? String(e)).split('\n')[0];

export default class CountsReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: string,
  ) {
    let passed = 0;
    let failed = 0;
    const failures: string[] = [];
    const skipped: string[] = [];
    for (const m of testModules) {
      const file = m.relativeModuleId;
      const broken = new Set<TestSuite | TestModule>(
        [m, ...m.children.allSuites()].filter((s) => s.errors().length > 0),
      );
      const blamed = new Set<TestSuite | TestModule>();
      const brokenAncestor = (t: TestCase) => {
        for (let p: TestSuite | TestModule = t.parent; ; p = (p as TestSuite).parent) {
          if (broken.has(p)) return p;
          if (p.type === 'module') return null;
        }
      };
      for (const t of m.children.allTests()) {
        const r = t.result();
        if (r.state === 'passed') passed++;
        else if (r.state === 'failed') {
          failed++;
          failures.push(`${file} > ${t.fullName}: ${first(r.errors?.[0])}`);
        } else {
          const cause = brokenAncestor(t);
          if (cause) {
            failed++;
            blamed.add(cause);
            failures.push(`${file} > ${t.fullName}: did not run (${first(cause.errors()[0])})`);
          } else {
            const note = 'note' in r && r.note ? r.note : null;
            const suite = t.parent.type === 'suite' ? t.parent.fullName : '';
            skipped.push(`${file} > ${t.fullName}: ${note ?? (suite || 'no reason given')}`);
          }
        }
      }
      // A broken suite whose tests were not blamed above (a failed afterAll, a file that did not load).
      for (const s of broken) {
        if (blamed.has(s)) continue;
        failed++;
        failures.push(`${file}${s.type === 'suite' ? ` > ${s.fullName}` : ''}: ${first(s.errors()[0])}`);
      }
    }
    for (const e of unhandledErrors) {
      failed++;
      failures.push(`unhandled error: ${first(e)}`);
    }
    if (reason === 'interrupted') {
      failed++;
      failures.push('the run was interrupted');
    }
    const out = resolve(process.env.GROUNDWORK_VITEST_REPORT ?? 'test-results/vitest.json');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify({ passed, failed, failures, skipped }, null, 2));
    const slowest = [...testModules]
      .map((m) => ({ file: m.relativeModuleId, ms: m.diagnostic().duration }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 12);
    process.stdout.write(
      `\nslowest test files: ${slowest.map((s) => `${s.file} ${(s.ms / 1000).toFixed(1)} s`).join(', ')}\n`,
    );
    process.stdout.write(
      `\nvitest: ${passed} passed, ${failed} failed${skipped.length ? `, ${skipped.length} skipped` : ''} (counts in ${out})\n`,
    );
  }
}
