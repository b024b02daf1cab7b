// npm run calibrate [-- --measure lab --reps 200 --edge-reps 1000 --confirm-reps 4000 --seed 2019 --cells 2015-2017:within:30 --out FILE]
// (--measure is one of /compare/'s measures, or all of them one after another, written to data/calibration.json for
// Labour's change and data/calibration-{measure}.json for the others; --cells runs only the named pair:mode:size
// cells, mode "within" or "across"; --out writes one measure's run elsewhere, "-" nowhere; --leave-linked also keeps
// the seats of places linked to a set without a named seat out of the draws and the pools, as the claim pages'
// linked-places check does, and writes data/calibration-linked-{measure}.json, which that check reads)
// A cell whose first `reps` sets put a shown share near a target's edge (coverage under 94.5% or over 96.5%, or
// p < 0.05 over 5.5%) is drawn on to `edge-reps` sets, so noise of ±1.5 points cannot decide whether it meets it; one
// still outside a target (coverage outside 93-97%, p < 0.05 over 6%) is drawn on to `confirm-reps` sets (±0.7 points
// of noise becomes ±0.35), and the table shows how many sets each cell had.
// Placebo calibration of the comparison engine on real seats: random sets of seats that were not treated (cited-set
// seats excluded), sizes 2, 3, 5, 13, 30 and 59, drawn within one region and across regions, for every election pair
// /compare/ offers. The true effect of a random set is zero, so a 95% interval should contain zero about 95% of the
// time and p should fall below 0.05 about 5% of the time. The set's own average is checked too, on sets drawn across
// regions that are at most 15% of the seats they are drawn from: its 95% interval should contain the average of all
// those seats about 95% of the time. Writes data/calibration.json (with the data version) and prints the table and the runtime.
import { writeFileSync } from 'node:fs';
import * as data from '../src/data/index';
import { isMissing } from '../src/lib/missing';
import { outcomeKey as outcomeKeyOf, parseOutcomeKey, seatOutcome } from '../src/lib/compare/outcomes';
import { calibrationFile, sample, tally, TARGET, type PlaceboOutcome, type Tally } from '../src/lib/stats/calibration';
import { createRng, deriveSeed } from '../src/lib/stats/random';
import { citedSeats, runPair } from '../src/views/compare-run';
import { linkedPlacesOf } from '../src/views/linked-places';
import { DEFAULT_OUTCOME, OUTCOMES, outcomeById, pairById, PAIRS as ALL_PAIRS } from '../src/lib/compare/settings';

const SIZES = [2, 3, 5, 13, 30, 59];
const PAIRS = ALL_PAIRS.map((p) => p.id);
const MODES = ['within one region', 'across regions'] as const;
const NI = 'N92000002';
/** The largest share of the eligible seats a set may be for its average's interval to be checked. */
const AVERAGE_SHARE = 0.15;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const AGAINST = ['others', 'matched', 'placebo-did', 'average'] as const;
type Against = (typeof AGAINST)[number];

export interface CalibrationRow extends Tally {
  pair: string;
  mode: (typeof MODES)[number];
  size: number;
  against: Against;
}

function main(measureId: string): void {
  const reps = Number(arg('reps', '200'));
  const edgeReps = Math.max(reps, Number(arg('edge-reps', '1000')));
  const confirmReps = Math.max(edgeReps, Number(arg('confirm-reps', '4000')));
  const seed = Number(arg('seed', '2019'));
  // --measure names one of /compare/'s measures (its id) and the file it is kept in; --outcome any outcome key.
  const measure = outcomeById(measureId);
  if (!measure) throw new Error(`--measure: no measure ${measureId} (${OUTCOMES.map((o) => o.id).join(', ')}, or all)`);
  const outcomeKey = arg('outcome', outcomeKeyOf(measure.outcome));
  const outcome = parseOutcomeKey(outcomeKey);
  const only = arg('cells', '') ? new Set(arg('cells', '').split(',')) : null;
  const cited = new Set(citedSeats().map((c) => c.code));
  const leaveLinked = process.argv.includes('--leave-linked');
  const out = arg('out', calibrationFile(measure.id, leaveLinked));
  const linked = new Set(
    leaveLinked
      ? data.curated().sets.flatMap((s) => linkedPlacesOf(s.entry.id).flatMap((p) => p.seats.map((x) => x.code)))
      : [],
  );
  const pool = leaveLinked ? (r: { code: string }) => !linked.has(r.code) : undefined;
  const started = performance.now();
  const rows: CalibrationRow[] = [];
  for (const pairId of PAIRS) {
    const pair = pairById(pairId)!;
    const eligible = data
      .metricsOf(pair.after)
      .filter(
        (r) => r.nation !== NI && !cited.has(r.code) && !linked.has(r.code) && !isMissing(seatOutcome(r, outcome)),
      );
    const byRegion = new Map<string, string[]>();
    for (const r of eligible) byRegion.set(r.region, [...(byRegion.get(r.region) ?? []), r.code]);
    // The average a set's interval estimates: that of every seat it could have been drawn from.
    const valueOf = new Map(eligible.map((r) => [r.code, seatOutcome(r, outcome) as number]));
    const averageOf = (codes: readonly string[]) => codes.reduce((s, c) => s + valueOf.get(c)!, 0) / codes.length;
    const allAverage = averageOf(eligible.map((r) => r.code));
    for (const mode of MODES) {
      for (const size of SIZES) {
        const regions = [...byRegion]
          .filter(([, codes]) => codes.length >= size + 10)
          .map(([g]) => g)
          .sort();
        // Every cell leaves at least 10 seats to compare with: a set cannot be most of the seats it is drawn from.
        if (mode === 'within one region' && regions.length === 0) continue;
        if (mode === 'across regions' && eligible.length < size + 10) continue;
        // Sets that are a small share of all seats (at most 15%) show whether an average's interval holds.
        const averages = mode === 'across regions' && size <= AVERAGE_SHARE * eligible.length;
        if (only && !only.has(`${pairId}:${mode.split(' ')[0]}:${size}`)) continue;
        const results: Record<Against, PlaceboOutcome[]> = { others: [], matched: [], 'placebo-did': [], average: [] };
        /** Whether any analysis's coverage is outside [low, high] or its false-positive rate above `fp`. */
        const anyBeyond = (low: number, high: number, fp: number) => () =>
          AGAINST.some((a) => {
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
          const region = mode === 'within one region' ? regions[Math.floor(rng() * regions.length)]! : null;
          const from = region ? byRegion.get(region)! : eligible.map((r) => r.code);
          const codes = sample(from, size, rng);
          const o = runPair(pair, codes, [outcome], { seed: deriveSeed(seed, `engine|${rep}`), pool }).outcomes[0]!;
          const d = o.otherSeats?.difference;
          results.others.push({ low: d?.low ?? null, high: d?.high ?? null, p: o.otherSeats?.p ?? null });
          const m = o.matched?.difference;
          results.matched.push({ low: m?.low ?? null, high: m?.high ?? null, p: o.matched?.p ?? null });
          const did = o.matched?.placebo?.did;
          if (did) results['placebo-did'].push({ low: did.low, high: did.high, p: null });
          // Only where the set is a small share of the seats it is drawn from: a set that is a large share of them
          // (any set drawn within one region, or of a party that stands in one nation) is partly the average it
          // estimates, so its interval would hold it more often than its level says. Shifted so that containing the
          // true average reads as containing zero.
          const a = o.set.interval;
          if (averages) {
            const shown = a && a.low !== null && a.high !== null;
            results.average.push({
              low: shown ? a.low! - allAverage : null,
              high: shown ? a.high! - allAverage : null,
              p: null,
            });
          }
        };
        run(0, reps);
        if (edgeReps > reps && nearEdge()) run(reps, edgeReps);
        if (confirmReps > edgeReps && results.others.length === edgeReps && outside()) run(edgeReps, confirmReps);
        for (const against of AGAINST) {
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
    // A run of some cells (--cells) lists the pairs it drew sets in.
    pairs: only ? PAIRS.filter((p) => rows.some((r) => r.pair === p)) : PAIRS,
    ...(leaveLinked && { leaveLinked: [...linked].sort() }),
    note: `Random placebo sets of real seats with no cited-set seat${leaveLinked ? ', and no seat of a linked place in the sets or the pools' : ''}; true effect zero. coverage = share of 95% intervals containing zero; falsePositive = share of p < 0.05; sets = placebo sets drawn (${reps}, or ${edgeReps} where the first ${reps} put a share near a target's edge, or ${confirmReps} where ${edgeReps} left a share outside its target). Sets of 4 seats or fewer get no interval or p-value on the site; nor does a matched comparison whose regions have fewer comparison seats than chosen seats, or of 30 seats or more; against other seats, sets of fewer than 13 seats get a p-value but no interval (src/lib/compare/withhold.ts).`,
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

const which = arg('measure', DEFAULT_OUTCOME);
if (which === 'all' && process.argv.includes('--out'))
  throw new Error('--out writes one measure: name it with --measure');
for (const id of which === 'all' ? OUTCOMES.map((o) => o.id) : [which]) main(id);
