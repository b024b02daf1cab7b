// The seats of each organiser place that names no single seat: those of its local authority by their shares of live
// postcodes (lib/place-seats), on the boundaries of the row's election.
import { DataError } from '../../src/lib/data-error';
import { election } from '../../src/lib/elections';
import { seatsOfAuthority } from '../../src/lib/place-seats';
import type { CuratedData } from '../../src/lib/schema/curated-data';
import type { LoadedCurated } from './curated';
import type { AuthoritySeats } from './postcode-districts';

/** `curated` with the seats of each unresolved place; an authority with no live postcodes is bad input. */
export function withPlaceSeats(curated: LoadedCurated, authorities: AuthoritySeats): CuratedData {
  return {
    ...curated,
    unresolvedOrganisers: curated.unresolvedOrganisers.map((u) => {
      const code = u.row.local_authority_code!;
      const counts = election(u.row.election).boundarySet === '2010' ? authorities.old : authorities.new;
      if (!counts[code])
        throw new DataError(
          u.file,
          u.line,
          'local_authority_code',
          `no live postcode (OS Code-Point Open) lies in local authority ${code}`,
        );
      const seats = seatsOfAuthority(counts, code);
      if (!seats.length)
        throw new DataError(
          u.file,
          u.line,
          'local_authority_code',
          `local authority ${code} is spread too thinly over seats to place`,
        );
      return { ...u, seats };
    }),
  };
}
