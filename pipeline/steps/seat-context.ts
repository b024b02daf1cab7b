// The derive phase's context of each seat: its Leave estimate and deprivation score, the 2024 seats' score being
// the population-weighted mean over the old seats they overlap (none where half the population or less is covered).
import type { Lineage } from '../../src/lib/schema/lineage';
import type { SeatContext } from '../../src/lib/schema/metrics';
import type { Seat } from '../../src/lib/schema/seat';

export function seatContext(
  seats: readonly Seat[],
  lineage: readonly Lineage[],
  knownNew: ReadonlySet<string>,
  leaveOld: ReadonlyMap<string, number>,
  leaveNew: ReadonlyMap<string, number>,
  imdOld: ReadonlyMap<string, number>,
): SeatContext[] {
  const imdNew = new Map<string, number>();
  for (const code of knownNew) {
    let w = 0;
    let s = 0;
    for (const l of lineage)
      if (l.new === code && imdOld.has(l.old)) {
        w += l.popShareOfNew;
        s += l.popShareOfNew * imdOld.get(l.old)!;
      }
    if (w > 0.5) imdNew.set(code, s / w);
  }
  return seats.map((s) => ({
    code: s.code,
    boundarySet: s.boundarySet,
    leavePct: (s.boundarySet === '2010' ? leaveOld : leaveNew).get(s.code) ?? null,
    imdScore: (s.boundarySet === '2010' ? imdOld : imdNew).get(s.code) ?? null,
  }));
}
