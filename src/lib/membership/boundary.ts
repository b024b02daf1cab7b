// Decides which boundary set a file is on from the rows that can only be on one set, or the reader's choice.
import { setLabel } from './directory';
import type { BoundarySet, Issue } from './types';

export interface RowSets {
  line: number;
  /** The boundary sets this row's seat could be on (empty when the seat is unknown). */
  sets: readonly BoundarySet[];
}

export type BoundaryDecision =
  | { kind: 'decided'; set: BoundarySet; reason: string }
  /** No row names a seat on only one set: codes on both sets are read on the 2024 seats; names on both are not placed. */
  | { kind: 'undetermined'; set: BoundarySet; reason: string }
  | { kind: 'mixed'; error: Issue };

function lineList(lines: readonly number[]): string {
  const shown = lines.slice(0, 8).join(', ');
  return lines.length > 8 ? `${shown} and ${lines.length - 8} more` : shown;
}

export function decideBoundarySet(rows: readonly RowSets[], chosen: BoundarySet | null): BoundaryDecision {
  if (chosen) return { kind: 'decided', set: chosen, reason: `read on the ${setLabel(chosen)} seats, as chosen` };
  const only = (set: BoundarySet) => rows.filter((r) => r.sets.length === 1 && r.sets[0] === set).map((r) => r.line);
  const old = only('2010');
  const current = only('2024');
  if (old.length && current.length) {
    return {
      kind: 'mixed',
      error: {
        line: null,
        field: null,
        reason:
          `the file mixes boundary sets: line${old.length > 1 ? 's' : ''} ${lineList(old)} name${old.length > 1 ? '' : 's'} 2010–2023 seats and ` +
          `line${current.length > 1 ? 's' : ''} ${lineList(current)} name${current.length > 1 ? '' : 's'} 2024 seats; put each boundary set in its own file`,
      },
    };
  }
  if (old.length || current.length) {
    const set: BoundarySet = old.length ? '2010' : '2024';
    return {
      kind: 'decided',
      set,
      reason: `read on the ${setLabel(set)} seats: the file names seats that exist only on those boundaries`,
    };
  }
  return {
    kind: 'undetermined',
    set: '2024',
    reason:
      'every seat in the file is on both boundary sets, so it is read on the 2024 seats; choose the 2010–2023 seats to compare elections from 2010 to 2019',
  };
}
