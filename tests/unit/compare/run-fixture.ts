// Test helper: the comparison engine on the hand-made fixture seats (tests/fixtures/compare/seats.ts) with the seed
// and draws the sensitivity tests share, one outcome's result.
import { compareSeats } from '~/lib/compare/engine';
import type { Outcome } from '~/lib/compare/outcomes';
import type { CompareInput } from '~/lib/compare/types';
import { fixtureInput } from '../../fixtures/compare/seats';

export const LAB: Outcome = { kind: 'change', party: 'lab' };
export const SWING: Outcome = { kind: 'swing' };

/** The first outcome (Labour's change unless `more.outcomes` says otherwise) for `set`, seed 1, 400 draws. */
export const run = (set: string[], more: Partial<CompareInput> = {}) =>
  compareSeats(fixtureInput({ set, outcomes: [LAB], seed: 1, iterations: { batch: 400, maxDraws: 400 }, ...more }))
    .outcomes[0]!;
