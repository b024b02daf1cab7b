import { describe, expect, it } from 'vitest';
import { matchNearest, type MatchUnit } from '~/lib/stats/matching';
import { sd } from '~/lib/stats/summary';

const unit = (id: string, x: number | null, group = 'R1', exact = 'E', y: number | null = 0): MatchUnit => ({
  id,
  exact,
  group,
  covariates: { x, y },
});

describe('nearest-neighbour matching', () => {
  // Six seats in nation E, region R1, plus one seat in another nation that must never be used.
  // Treated T1 (x = 0) and T2 (x = 10); pool A 1, B 9, C 2, D 11.5; F (nation W) 0.
  const treated = [unit('T2', 10), unit('T1', 0)];
  const pool = [unit('A', 1), unit('B', 9), unit('C', 2), unit('D', 11.5), unit('F', 0, 'R9', 'W')];
  const scale = sd([10, 0, 1, 9, 2, 11.5, 0]);

  it('k = 1 picks the obvious nearest seat for each, with z-score distances', () => {
    const m = matchNearest(treated, pool, { covariates: ['x', 'y'], k: 1 });
    expect(m.withReplacement).toBe(false);
    expect(m.sets.map((s) => [s.treated, s.controls.map((c) => c.id)])).toEqual([
      ['T1', ['A']],
      ['T2', ['B']],
    ]);
    expect(m.sets[0]!.controls[0]!.distance).toBeCloseTo(1 / scale, 12);
    // y is 0 everywhere, so it cannot tell seats apart and is reported rather than silently used
    expect(m.sets[0]!.used).toEqual(['x']);
    expect(m.sets[0]!.dropped).toEqual([{ covariate: 'y', reason: 'no-variation' }]);
    expect(m.scaling.x!.sd).toBeCloseTo(scale, 12);
    expect(m.scaling.y!.sd).toBe(0);
  });

  it('k = 2 takes the next nearest in order; the other nation is never used', () => {
    const m = matchNearest(treated, pool, { covariates: ['x'] });
    expect(m.k).toBe(3);
    const k2 = matchNearest(treated, pool, { covariates: ['x'], k: 2 });
    expect(k2.sets.map((s) => s.controls.map((c) => c.id))).toEqual([
      ['A', 'C'],
      ['B', 'D'],
    ]);
    expect(k2.sets.every((s) => s.candidates === 4)).toBe(true);
    expect(m.sets.flatMap((s) => s.controls.map((c) => c.id))).not.toContain('F');
  });

  it('controls come from the same region while it has candidates, then from other regions', () => {
    const t = [unit('T', 0)];
    const p = [unit('P', 0.1, 'R2'), unit('Q', 5, 'R1')];
    expect(matchNearest(t, p, { covariates: ['x'], k: 1 }).sets[0]!.controls.map((c) => [c.id, c.sameGroup])).toEqual([
      ['Q', true],
    ]);
    expect(matchNearest(t, p, { covariates: ['x'], k: 2 }).sets[0]!.controls.map((c) => [c.id, c.sameGroup])).toEqual([
      ['Q', true],
      ['P', false],
    ]);
  });

  it('without replacement: the closest pair is matched first, the other unit takes the next seat', () => {
    // T2-A 0.1, T1-A 0.4, T2-B 2.5, T1-B 3: greedy gives T2 <- A, T1 <- B.
    const m = matchNearest([unit('T1', 0), unit('T2', 0.5)], [unit('A', 0.4), unit('B', 3)], {
      covariates: ['x'],
      k: 1,
    });
    expect(m.withReplacement).toBe(false);
    expect(m.sets.map((s) => s.controls[0]!.id)).toEqual(['B', 'A']);
  });

  it('falls back to matching with replacement when the pool is too small, and says so', () => {
    const m = matchNearest([unit('T1', 0), unit('T2', 0.5)], [unit('A', 0.4)], { covariates: ['x'], k: 1 });
    expect(m.withReplacement).toBe(true);
    expect(m.sets.map((s) => s.controls[0]!.id)).toEqual(['A', 'A']);
  });

  it('drops a missing covariate for that comparison and reports why', () => {
    const m = matchNearest(
      [unit('T1', 0, 'R1', 'E', null), unit('T2', 0, 'R1', 'N', 5)],
      [unit('A', 1), unit('B', 2, 'R1', 'N', null), unit('C', 3, 'R1', 'N', 4)],
      { covariates: ['x', 'y'], k: 1 },
    );
    const [t1, t2] = m.sets;
    expect(t1!.used).toEqual(['x']);
    expect(t1!.dropped).toEqual([{ covariate: 'y', reason: 'missing-for-treated' }]);
    expect(t2!.used).toEqual(['x']);
    expect(t2!.dropped).toEqual([{ covariate: 'y', reason: 'missing-for-candidates', candidates: 1 }]);
  });

  it('a treated unit with no candidate in its nation is reported unmatched', () => {
    const m = matchNearest([unit('T1', 0, 'R1', 'S')], [unit('A', 1)], { covariates: ['x'] });
    expect(m.sets).toEqual([]);
    expect(m.unmatched).toEqual([{ id: 'T1', reason: 'no-candidates' }]);
  });

  it('ignores pool units that are also treated, and rejects a bad k', () => {
    const m = matchNearest([unit('T1', 0)], [unit('T1', 0), unit('A', 1)], { covariates: ['x'], k: 1 });
    expect(m.sets[0]!.controls.map((c) => c.id)).toEqual(['A']);
    expect(() => matchNearest([], [], { covariates: ['x'], k: 0 })).toThrow(/k must be/);
  });
});

describe('matching caliper', () => {
  it('drops candidates beyond the caliper and reports a unit with none left', () => {
    const treated = [unit('T1', 0), unit('T2', 100)];
    const pool = [unit('A', 1), unit('B', 2), unit('C', 3)];
    const m = matchNearest(treated, pool, { covariates: ['x'], k: 2, caliper: 1 });
    expect(m.sets.map((s) => [s.treated, s.controls.map((c) => c.id)])).toEqual([['T1', ['A', 'B']]]);
    expect(m.unmatched).toEqual([{ id: 'T2', reason: 'outside-caliper' }]);
  });
});
