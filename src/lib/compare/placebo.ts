// Placebo pairs: the same comparison one election earlier, where the seats' "treatment" had not yet happened.
import { election, type ElectionId } from '../elections';

export interface ElectionPair {
  before: ElectionId;
  after: ElectionId;
}

/**
 * The pair one step earlier on the same boundaries (2017->2019 gives 2015->2017), or null when there is none
 * (2010->2015, 2019N->2024). Throws when `before` is not the election `after` is compared with.
 */
export function placeboPair(pair: ElectionPair): ElectionPair | null {
  const after = election(pair.after);
  if (after.previous !== pair.before) {
    throw new Error(
      `${pair.before} -> ${pair.after} is not a pair in the data: ${pair.after} is compared with ${after.previous ?? 'no earlier election'}`,
    );
  }
  const earlier = election(pair.before).previous;
  if (earlier === null || election(earlier).boundarySet !== after.boundarySet) return null;
  return { before: earlier, after: pair.before };
}
