// Batch comparisons for researchers and the calibration:
//   npm run --silent compare -- --pair 2017-2019 --outcome change:lab --sets FILE [--seed N] [--include-cited]
// FILE holds one seat set per line (ONS codes separated by commas). Prints one JSON object per line and comparison
// (against "others" and "matched") on stdout; a bad line (empty, unknown code, a seat of the other boundary set,
// a code listed twice) is reported on stderr with its line number and skipped. Exit status 1 if any line was skipped.
import { readFileSync } from 'node:fs';
import { siteMisses } from '../src/data/calibration';
import { parseOutcomeKey } from '../src/lib/compare/outcomes';
import type { MatchedComparison, OtherSeatsComparison, OutcomeResult } from '../src/lib/compare/types';
import { pairById, PAIRS } from '../src/lib/compare/settings';
import { runPair } from '../src/views/compare-run';

function fail(message: string): never {
  process.stderr.write(`compare: ${message}\n`);
  process.exit(2);
}

function args(argv: string[]): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) fail(`unexpected argument "${a}"`);
    const next = argv[i + 1];
    if (a === '--include-cited') out['include-cited'] = true;
    else if (next === undefined || next.startsWith('--')) fail(`${a} needs a value`);
    else out[a.slice(2)] = argv[++i]!;
  }
  return out;
}

const round = (x: number | null | undefined, d = 4) => (x === null || x === undefined ? null : Number(x.toFixed(d)));

type Tested = Pick<OtherSeatsComparison | MatchedComparison, 'difference' | 'p' | 'test'>;

/**
 * One JSON line: the columns both comparisons share, with the comparison's own columns after the p-value and
 * `after` at the end (the order the lines have always had).
 */
function row(
  head: { line: number; n: number; outcome: string; against: string },
  r: Tested | null,
  own: Record<string, unknown>,
  after: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    ...head,
    difference: round(r?.difference?.estimate),
    ci_low: round(r?.difference?.low),
    ci_high: round(r?.difference?.high),
    p: round(r?.p, 5),
    ...own,
    exact: r?.test?.exact ?? null,
    draws: r?.test?.draws ?? null,
    mc_error: round(r?.test?.mcError, 5),
    ...after,
  };
}

export function rowsOf(line: number, o: OutcomeResult): Record<string, unknown>[] {
  const others = o.otherSeats;
  const m = o.matched;
  return [
    row({ line, n: others?.setN ?? o.set.n, outcome: o.key, against: 'others' }, others, {
      comparison_seats: others?.n ?? 0,
      stratified: others?.test?.stratified ?? (others ? others.regions.length > 1 : null),
    }),
    row(
      { line, n: m?.n ?? 0, outcome: o.key, against: 'matched' },
      m,
      { unmatched: m?.unmatched.length ?? 0 },
      {
        placebo_did: round(m?.placebo?.did.estimate),
        placebo_did_low: round(m?.placebo?.did.low),
        placebo_did_high: round(m?.placebo?.did.high),
      },
    ),
  ];
}

function main(): void {
  const a = args(process.argv.slice(2));
  const known = PAIRS.map((p) => p.id).join(', ');
  const pairId = typeof a.pair === 'string' ? a.pair : fail(`--pair is required (${known})`);
  const pair = pairById(pairId) ?? fail(`unknown pair "${pairId}": use ${known}`);
  let outcome;
  try {
    outcome = parseOutcomeKey(
      typeof a.outcome === 'string' ? a.outcome : fail('--outcome is required, e.g. change:lab'),
    );
  } catch (e) {
    fail((e as Error).message);
  }
  const file = typeof a.sets === 'string' ? a.sets : fail('--sets FILE is required');
  const seed = a.seed === undefined ? undefined : Number(a.seed);
  if (seed !== undefined && !Number.isInteger(seed)) fail(`--seed must be an integer, got "${String(a.seed)}"`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file}: ${(e as Error).message}`);
  }
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  let skipped = 0;
  lines.forEach((raw, i) => {
    const line = i + 1;
    const codes = raw
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    if (codes.length === 0) {
      process.stderr.write(`${file}:${line}: empty line, skipped\n`);
      skipped++;
      return;
    }
    const result = runPair(pair, codes, [outcome], {
      seed,
      includeCited: a['include-cited'] === true,
      misses: siteMisses(),
    });
    const problems = [
      ...result.unresolved.map((u) => u.message),
      ...result.duplicates.map((d) => `${d} is listed more than once`),
    ];
    if (problems.length) {
      process.stderr.write(`${file}:${line}: ${problems.join('; ')}; set skipped\n`);
      skipped++;
      return;
    }
    for (const row of rowsOf(line, result.outcomes[0]!)) process.stdout.write(`${JSON.stringify(row)}\n`);
  });
  if (skipped) process.exitCode = 1;
}

main();
