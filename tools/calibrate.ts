// npm run calibrate [-- --reps 200 --edge-reps 1000 --confirm-reps 4000 --seed 2019 --outcome change:lab --cells 2015-2017:within:30 --out FILE]
// (--cells runs only the named pair:mode:size cells, mode "within" or "across"; --out writes elsewhere, "-" nowhere)
// A cell whose first `reps` sets put a shown share near a target's edge (coverage under 94.5% or over 96.5%, or
// p < 0.05 over 5.5%) is drawn on to `edge-reps` sets, so noise of ±1.5 points cannot decide whether it meets it; one
// still outside a target (coverage outside 93-97%, p < 0.05 over 6%) is drawn on to `confirm-reps` sets (±0.7 points
// of noise becomes ±0.35), and the table shows how many sets each cell had.
// Placebo calibration of the comparison engine on real seats: random sets of seats that were not treated (cited-set
// seats excluded), sizes 2, 3, 5, 13, 30 and 59, drawn within one region and across regions, for 2015-2017,
// 2017-2019 and 2019N-2024. The true effect of a random set is zero, so a 95% interval should contain zero about 95%
// of the time and p should fall below 0.05 about 5% of the time. Writes data/calibration.json (with the data version)
// and prints the table and the runtime.
import { writeFileSync } from 'node:fs';
import * as data from '../src/data/index';
import { isMissing } from '../src/lib/missing';
import { parseOutcomeKey, seatOutcome } from '../src/lib/compare/outcomes';
import { sample, tally, TARGET, type PlaceboOutcome, type Tally } from '../src/lib/stats/calibration';
import { createRng, deriveSeed } from '../src/lib/stats/random';
import { citedSeats, runPair } from '../src/views/compare-run';
import { pairById } from '../src/lib/compare/settings';

const SIZES = [2, 3, 5, 13, 30, 59];
const PAIRS = ['2015-2017', '2017-2019', '2019N-2024'];
const MODES = ['within one region', 'across regions'] as const;
const NI = 'N92000002';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

export interface CalibrationRow extends Tally {
  pair: string;
  mode: (typeof MODES)[number];
  size: number;
  against: 'others' | 'matched' | 'placebo-did';
}

function main(): void {
  const reps = Number(arg('reps', '200'));
  const edgeReps = Math.max(reps, Number(arg('edge-reps', '1000')));
  const confirmReps = Math.max(edgeReps, Number(arg('confirm-reps', '4000')));
  const seed = Number(arg('seed', '2019'));
  const outcomeKey = arg('outcome', 'change:lab');
  const outcome = parseOutcomeKey(outcomeKey);
  const only = arg('cells', '') ? new Set(arg('cells', '').split(',')) : null;
  const out = arg('out', 'data/calibration.json');
  const cited = new Set(citedSeats().map((c) => c.code));
  const started = performance.now();
  const rows: CalibrationRow[] = [];
  for (const pairId of PAIRS) {
    const pair = pairById(pairId)!;
    const eligible = data
      .metricsOf(pair.after)
      .filter((r) => r.nation !== NI && !cited.has(r.code) && !isMissing(seatOutcome(r, outcome)));
    const byRegion = new Map<string, string[]>();
    for (const r of eligible) byRegion.set(r.region, [...(byRegion.get(r.region) ?? []), r.code]);
    for (const mode of MODES) {
      for (const size of SIZES) {
        const regions = [...byRegion]
          .filter(([, codes]) => codes.length >= size + 10)
          .map(([g]) => g)
          .sort();
        if (mode === 'within one region' && regions.length === 0) continue;
        if (only && !only.has(`${pairId}:${mode.split(' ')[0]}:${size}`)) continue;
        const results: Record<CalibrationRow['against'], PlaceboOutcome[]> = {
          others: [],
          matched: [],
          'placebo-did': [],
        };
        /** Whether any analysis's coverage is outside [low, high] or its false-positive rate above `fp`. */
        const anyBeyond = (low: number, high: number, fp: number) => () =>
          (['others', 'matched', 'placebo-did'] as const).some((a) => {
            const t = tally(results[a]);
            return (
              (t.coverage !== null && (t.coverage < low || t.coverage > high)) ||
              (t.falsePositive !== null && t.falsePositive > fp)
            );
          });
        const nearEdge = anyBeyond(0.945, 0.965, 0.055);
        const outside = anyBeyond(TARGET.coverageLow, TARGET.coverageHigh, TARGET.falsePositive);
        const run = (from: number, to: number) => {
          for (let rep = from; rep < to; rep++) draw(rep);
        };
        const draw = (rep: number) => {
          const rng = createRng(deriveSeed(seed, `${pairId}|${mode}|${size}|${rep}`));
          const from =
            mode === 'within one region'
              ? byRegion.get(regions[Math.floor(rng() * regions.length)]!)!
              : eligible.map((r) => r.code);
          const codes = sample(from, size, rng);
          const o = runPair(pair, codes, [outcome], { seed: deriveSeed(seed, `engine|${rep}`) }).outcomes[0]!;
          const d = o.otherSeats?.difference;
          results.others.push({ low: d?.low ?? null, high: d?.high ?? null, p: o.otherSeats?.p ?? null });
          const m = o.matched?.difference;
          results.matched.push({ low: m?.low ?? null, high: m?.high ?? null, p: o.matched?.p ?? null });
          const did = o.matched?.placebo?.did;
          if (did) results['placebo-did'].push({ low: did.low, high: did.high, p: null });
        };
        run(0, reps);
        if (edgeReps > reps && nearEdge()) run(reps, edgeReps);
        if (confirmReps > edgeReps && results.others.length === edgeReps && outside()) run(edgeReps, confirmReps);
        for (const against of ['others', 'matched', 'placebo-did'] as const) {
          if (results[against].length) rows.push({ pair: pairId, mode, size, against, ...tally(results[against]) });
        }
        const last = rows.filter((r) => r.pair === pairId && r.mode === mode && r.size === size);
        process.stderr.write(
          `${pairId} ${mode} n=${size}: ${last.map((r) => `${r.against} cov ${fmt(r.coverage)} fp ${fmt(r.falsePositive)}`).join(' | ')}\n`,
        );
      }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const file = {
    dataVersion: data.dataVersion(),
    outcome: outcomeKey,
    reps,
    edgeReps,
    confirmReps,
    seed,
    sizes: SIZES,
    pairs: PAIRS,
    note: `Random placebo sets of real seats with no cited-set seat; true effect zero. coverage = share of 95% intervals containing zero; falsePositive = share of p < 0.05; sets = placebo sets drawn (${reps}, or ${edgeReps} where the first ${reps} put a share near a target's edge, or ${confirmReps} where ${edgeReps} left a share outside its target). Sets of 4 seats or fewer get no interval or p-value on the site; nor does a matched comparison whose regions have fewer comparison seats than chosen seats, or of 30 seats or more; against other seats, sets of fewer than 13 seats get a p-value but no interval (src/lib/compare/withhold.ts).`,
    rows,
  };
  if (out !== '-') writeFileSync(out, `${JSON.stringify(file, null, 1)}\n`);
  process.stdout.write(table(rows));
  process.stdout.write(
    `\ncalibration: ${rows.length} rows, ${reps} sets per cell (${edgeReps} near an edge, ${confirmReps} if still outside), data ${file.dataVersion}, ${seconds.toFixed(0)} s\n`,
  );
}

const fmt = (x: number | null) => (x === null ? '  –  ' : `${(x * 100).toFixed(1)}%`);

function table(rows: readonly CalibrationRow[]): string {
  const head =
    '| pair | sets drawn | size | against | coverage | p < 0.05 | site says unlikely chance | with interval |\n|---|---|---|---|---|---|---|---|\n';
  return (
    head +
    rows
      .map(
        (r) =>
          `| ${r.pair} | ${r.mode} | ${r.size} | ${r.against} | ${fmt(r.coverage)} | ${fmt(r.falsePositive)} | ${fmt(r.crying)} | ${r.withInterval}/${r.sets} |`,
      )
      .join('\n') +
    '\n'
  );
}

main();
