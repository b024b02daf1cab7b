import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed, randomIndex } from '~/lib/stats/random';

/** The published mulberry32 reference (bryc, "PRNGs" gist), written independently to check ours against. */
function reference(a: number): () => number {
  return () => {
    let t = (a += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('seeded rng', () => {
  it('matches the reference mulberry32 sequence', () => {
    for (const seed of [0, 1, 42, 123456789]) {
      const ours = createRng(seed);
      const ref = reference(seed);
      for (let i = 0; i < 50; i++) expect(ours()).toBe(ref());
    }
  });

  it('same seed, same numbers; values in [0, 1)', () => {
    const a = createRng(7);
    const b = createRng(7);
    const xs = Array.from({ length: 10000 }, () => a());
    expect(Array.from({ length: 10000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const m = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(m - 0.5)).toBeLessThan(0.01);
    expect(createRng(8)()).not.toBe(createRng(7)());
  });

  it('randomIndex covers 0..n-1', () => {
    const rng = createRng(3);
    const seen = new Set(Array.from({ length: 1000 }, () => randomIndex(rng, 5)));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('deriveSeed is deterministic and separates labels', () => {
    expect(deriveSeed(1, 'a')).toBe(deriveSeed(1, 'a'));
    expect(deriveSeed(1, 'a')).not.toBe(deriveSeed(1, 'b'));
    expect(deriveSeed(1, 'a')).not.toBe(deriveSeed(2, 'a'));
  });
});
