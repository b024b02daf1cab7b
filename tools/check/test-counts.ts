// Honest counts for `npm test` and `npm run test:quick`: each runner's machine-readable report (vitest through
// tests/support/counts-reporter.ts, Playwright's json reporter) read into passed / failed / skipped-with-reason, and
// the runner's exit status checked against it (a runner that exits non-zero, finds no tests or writes no report
// counts as at least one failure).
import { existsSync, readFileSync } from 'node:fs';

export interface Counts {
  passed: number;
  failed: number;
  /** What failed, one line each (shown at the end of the run). */
  failures: string[];
  /** Deliberately skipped tests with their reason. */
  skipped: string[];
}

/** What tests/support/counts-reporter.ts writes. */
export interface VitestReport {
  passed: number;
  failed: number;
  failures: string[];
  skipped: string[];
}

/** Playwright's json reporter, the parts read here. */
interface PwTest {
  status: string;
  annotations?: { type: string; description?: string }[];
  results?: { status: string }[];
}
interface PwSpec {
  title: string;
  file?: string;
  line?: number;
  tests: PwTest[];
}
interface PwSuite {
  title: string;
  specs?: PwSpec[];
  suites?: PwSuite[];
}
export interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: { message?: string }[];
  suites?: PwSuite[];
}

/** Applies the rules every runner shares: a non-zero exit, no tests, or no report is at least one failure. */
export function reconcile(runner: string, c: Counts | null, status: number): Counts {
  const out: Counts = c
    ? { ...c, failures: [...c.failures], skipped: [...c.skipped] }
    : { passed: 0, failed: 0, failures: [], skipped: [] };
  if (!c) {
    out.failed++;
    out.failures.push(`${runner}: wrote no report (exit ${status})`);
    return out;
  }
  if (out.passed + out.failed === 0) {
    out.failed++;
    out.failures.push(`${runner}: found no tests`);
  }
  if (status !== 0 && out.failed === 0) {
    out.failed++;
    out.failures.push(`${runner}: exited ${status} although every test it reported passed`);
  }
  return out;
}

export function vitestCounts(report: VitestReport): Counts {
  return { passed: report.passed, failed: report.failed, failures: report.failures, skipped: report.skipped };
}

export function playwrightCounts(report: PlaywrightReport): Counts {
  const failures: string[] = [];
  const skipped: string[] = [];
  const notRun: string[] = [];
  const walk = (s: PwSuite, path: string[]) => {
    for (const spec of s.specs ?? []) {
      for (const t of spec.tests) {
        const name = [...path, spec.title].filter(Boolean).join(' > ');
        if (t.status === 'unexpected') failures.push(`${name} (${spec.file ?? ''}:${spec.line ?? ''})`);
        if (t.status === 'skipped') {
          const skip = t.annotations?.find((a) => a.type === 'skip' || a.type === 'fixme');
          // A test skipped without test.skip/fixme did not run (a serial group stopped at an earlier failure, a
          // worker died): that is a failure, not a skip.
          if (skip) skipped.push(`${name}: ${skip.description ?? 'no reason given'}`);
          else notRun.push(`${name} (${spec.file ?? ''}:${spec.line ?? ''}): did not run`);
        }
      }
    }
    for (const child of s.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const s of report.suites ?? []) walk(s, [s.title]);
  const errors = (report.errors ?? []).map((e) => `global error: ${(e.message ?? '').split('\n')[0]}`);
  return {
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected + notRun.length + errors.length,
    failures: [...failures, ...notRun, ...errors],
    skipped,
  };
}

export function readJson<T>(path: string): T | null {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return null;
  }
}
