// The shape of one catalogue case: which damage, which fixture, which real step reads it, and the exact expected outcome.
export type Expected = { rejected: string } | { accepted: unknown };

export interface DamageCase {
  /** The damage, in the words. */
  damage: string;
  /** Fixture under tests/fixtures/damaged/, or a description of the temp-mirror edit. */
  fixture: string;
  /** The real parser or step that reads it. */
  step: string;
  expected: Expected;
  /** Runs the step; for accepted input returns the report (ledger entry or notes) to compare with `expected.accepted`. */
  run: () => unknown;
  /**
   * For cases that may be accepted: the output of the same step on the undamaged input. The run's report then carries
   * `output`, and an accepted run whose output differs counts as silently wrong.
   */
  clean?: () => unknown;
}
