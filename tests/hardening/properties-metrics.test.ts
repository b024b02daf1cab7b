// Property tests on the metrics: shares sum to 100, swing is antisymmetric, summed aggregation equals the direct figure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ElectionId } from '../../src/lib/elections';
import { isMissing } from '../../src/lib/missing';
import { RENAMED, type Party } from '../../src/lib/parties';
import { aggregate } from '../../src/lib/metrics/aggregate';
import { areaMetrics } from '../../src/lib/metrics/area-metrics';
import { share, shareChange } from '../../src/lib/metrics/share';
import { butlerSwing, steedSwing } from '../../src/lib/metrics/swing';
import type { VoteCounts } from '../../src/lib/metrics/share';
import { SEED, seatResults, votes } from './properties/arbitraries';

const opts = { seed: SEED, numRuns: 300 };
const num = (v: unknown): number => {
  if (typeof v !== 'number') throw new Error(`expected a number, got ${JSON.stringify(v)}`);
  return v;
};
const swapConLab = (r: VoteCounts): VoteCounts => ({ ...r, votes: { ...r.votes, con: r.votes.lab, lab: r.votes.con } });

describe('vote shares', () => {
  it('sum to 100 (within 1e-9) when every party is counted', () => {
    fc.assert(
      fc.property(votes(), (r) => {
        const total = (Object.keys(r.votes) as Party[]).reduce((s, p) => s + num(share(r, p)), 0);
        expect(Math.abs(total - 100)).toBeLessThan(1e-9);
      }),
      opts,
    );
  });

  it('change between two elections is antisymmetric (but for a renamed party, whose renaming runs one way in time)', () => {
    // The Brexit Party -> Reform UK measure (tests/unit/metrics/share.test.ts) is not symmetric by design.
    const renamed = new Set<Party>(Object.entries(RENAMED).flat() as Party[]);
    fc.assert(
      fc.property(votes(), votes(), (a, b) => {
        for (const p of new Set([...Object.keys(a.votes), ...Object.keys(b.votes)]) as Set<Party>) {
          if (renamed.has(p)) continue;
          expect(num(shareChange(a, b, p)) + num(shareChange(b, a, p))).toBeCloseTo(0, 9);
        }
      }),
      opts,
    );
  });
});

describe('Butler and Steed swing', () => {
  it('swapping before and after negates the swing', () => {
    fc.assert(
      fc.property(votes({ withConLab: true }), votes({ withConLab: true }), (now, before) => {
        expect(num(butlerSwing(now, before)) + num(butlerSwing(before, now))).toBeCloseTo(0, 9);
        expect(num(steedSwing(now, before)) + num(steedSwing(before, now))).toBeCloseTo(0, 9);
      }),
      opts,
    );
  });

  it('swapping Conservative and Labour negates the swing', () => {
    fc.assert(
      fc.property(votes({ withConLab: true }), votes({ withConLab: true }), (now, before) => {
        expect(num(butlerSwing(swapConLab(now), swapConLab(before))) + num(butlerSwing(now, before))).toBeCloseTo(0, 9);
        expect(num(steedSwing(swapConLab(now), swapConLab(before))) + num(steedSwing(now, before))).toBeCloseTo(0, 9);
      }),
      opts,
    );
  });

  it('is missing (never a number) when a party did not stand', () => {
    fc.assert(
      fc.property(votes({ withConLab: true }), votes({ withConLab: true }), (now, before) => {
        const { lab: _, ...noLab } = now.votes;
        expect(isMissing(butlerSwing({ ...now, votes: noLab }, before))).toBe(true);
      }),
      opts,
    );
  });
});

describe('aggregation by summed votes', () => {
  it('the UK share from areaMetrics equals 100 x summed party votes / summed valid votes, computed directly', () => {
    const regions = ['E12000001', 'E12000007', 'W92000004', 'S92000003'];
    const nation = (r: string) => (r.startsWith('E') ? 'E92000001' : r);
    fc.assert(
      fc.property(seatResults('2017'), fc.array(fc.nat(3), { minLength: 40, maxLength: 40 }), (rows, regionOf) => {
        const membership = new Map(
          rows.map((r, i) => [
            r.code,
            { code: r.code, region: regions[regionOf[i]!]!, nation: nation(regions[regionOf[i]!]!) },
          ]),
        );
        const areas = areaMetrics(new Map<ElectionId, typeof rows>([['2017', rows]]), membership);
        const uk = areas.find((a) => a.area === 'K02000001')!;
        const valid = rows.reduce((s, r) => s + r.validVotes, 0);
        for (const p of Object.keys(uk.shares) as Party[]) {
          const direct = (100 * rows.reduce((s, r) => s + (r.votes[p] ?? 0), 0)) / valid;
          expect(Math.abs(uk.shares[p]! - direct)).toBeLessThan(1e-9);
        }
        // Regions partition the seats: their summed votes add up to the UK's.
        const regional = areas.filter((a) => a.kind === 'region');
        expect(regional.reduce((s, a) => s + a.validVotes, 0)).toBe(uk.validVotes);
        expect(regional.reduce((s, a) => s + a.seats, 0)).toBe(rows.length);
      }),
      { ...opts, numRuns: 100 },
    );
  });

  it('does not depend on the order of the seats', () => {
    fc.assert(
      fc.property(
        seatResults('2019').chain((rows) =>
          fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length })),
        ),
        ([rows, shuffled]) => {
          const a = aggregate(rows);
          const b = aggregate(shuffled);
          expect(b.validVotes).toBe(a.validVotes);
          expect(b.votes).toEqual(a.votes);
          expect(b.seatsWon).toEqual(a.seatsWon);
        },
      ),
      opts,
    );
  });
});
