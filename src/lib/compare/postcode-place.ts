// A postcode in /compare/'s seat box or a pasted list stands for its seat on the pair's boundaries. A full postcode in
// Great Britain has its 2010-2023 and its 2024 seat; a district typed alone has only its 2024 seats (its file does
// not hold the old ones), and a Northern Ireland postcode's 2024 seat may be a choice. Pure: the page fetches the
// district files and resolves them with lib/postcode/resolve.ts.
import { boundarySetLabel } from './paste';
import type { BoundarySet } from '../elections';
import type { PostcodeResolution } from '../postcode/resolve';

export interface PostcodePlace {
  /** The seat on the pair's boundaries, or null when there is none or the reader must choose. */
  code: string | null;
  /** Seats to choose from (a split district, a Northern Ireland postcode). */
  candidates: { code: string; name: string }[];
  /** With a seat, which it is ("the seat SW15 1AA is in on the 2024 boundaries"); otherwise why there is none. */
  reason: string;
}

/** The seat `r` gives on the `set` boundaries. */
export function placeOnSet(r: PostcodeResolution, set: BoundarySet, nameOf: (code: string) => string): PostcodePlace {
  const none = (reason: string): PostcodePlace => ({ code: null, candidates: [], reason });
  const shown = r.postcode ?? r.district ?? '';
  const placed = r.status === 'exact' || r.status === 'likely' || r.status === 'choose';
  if (set === '2010') {
    if (r.oldSeat)
      return { code: r.oldSeat, candidates: [], reason: `the seat ${shown} is in on the ${boundarySetLabel(set)}` };
    if (placed && r.postcode === null)
      return none(
        `${shown} is a postcode district; the site's postcode files give a district's 2024 seats only, so give a full postcode for a seat on the ${boundarySetLabel(set)}.`,
      );
    if (placed)
      return none(
        `${shown} is not in the February 2021 postcode directory (it is newer than that), so its seat on the ${boundarySetLabel(set)} is not known.`,
      );
    return none(r.reason);
  }
  const [only] = r.newSeats;
  if (r.status === 'exact' && r.newSeats.length === 1 && only)
    return {
      code: only.code,
      candidates: [],
      reason:
        r.postcode === null
          ? `the seat of every live postcode in ${shown}`
          : `the seat ${shown} is in on the ${boundarySetLabel(set)}`,
    };
  if (placed)
    return {
      code: null,
      candidates: r.newSeats.map((s) => ({ code: s.code, name: nameOf(s.code) })),
      reason: r.reason,
    };
  return none(r.reason);
}
