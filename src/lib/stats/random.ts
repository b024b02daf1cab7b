// Seeded pseudo-random numbers (mulberry32): the same seed gives the same sequence in Node and every browser.
export type Rng = () => number;

/** Uniform numbers in [0, 1) from a 32-bit seed (non-integers are truncated, negatives wrap). */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in 0..n-1. */
export function randomIndex(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

/**
 * A seed for one named sub-stream (FNV-1a of the label mixed into the seed), so each statistic gets
 * its own sequence and adding or removing another statistic never changes it.
 */
export function deriveSeed(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
