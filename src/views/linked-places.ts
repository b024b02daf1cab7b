// The places an organiser set's sources link to the unit without naming a seat, with their seats (found by the
// pipeline from postcodes, lib/place-seats), for the claim pages' linked-places check and the organisers page.
import * as data from '../data/index';
import { election } from '../lib/elections';
import type { LinkedPlace } from '../lib/compare/place-sensitivity';

/**
 * The linked places of the organiser set that holds every one of `codes` (none when no such set), each with its seats
 * that are not in the set itself (those are chosen or cited seats already).
 */
export function linkedPlacesFor(codes: readonly string[]): LinkedPlace[] {
  const cur = data.curated();
  const set = cur.sets.find((s) => s.format === 'organisers' && codes.every((c) => s.codes.includes(c)));
  if (!set || !codes.length) return [];
  return cur.unresolvedOrganisers
    .filter((u) => u.row.set_id === set.entry.id)
    .map((u) => {
      const boundary = election(u.row.election).boundarySet;
      const seats = u.seats
        .filter((s) => !set.codes.includes(s.code))
        .map((s) => {
          const seat = data.seatOn(s.code, boundary);
          if (!seat) throw new Error(`linked place ${u.row.name_in_source}: no seat ${s.code}`);
          return { code: s.code, name: seat.name, region: seat.region };
        });
      return { name: u.row.name_in_source, seats };
    })
    .filter((p) => p.seats.length > 0);
}
