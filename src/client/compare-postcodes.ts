// Postcodes among /compare/'s entries: each district's file is fetched once from the site (as the site search does),
// and each postcode placed on the pair's boundaries (lib/compare/postcode-place.ts). Nothing leaves for elsewhere.
import { isSeatCode } from '../lib/geography';
import { placeOnSet, type PostcodePlace } from '../lib/compare/postcode-place';
import type { PasteSeat } from '../lib/compare/paste';
import { postcodeDistrictPath, type PostcodeDistrictFile } from '../lib/postcode/district-file';
import { classifyPostcodeInput } from '../lib/postcode/format';
import { districtToFetch, resolvePostcode } from '../lib/postcode/resolve';
import type { BoundarySet } from '../lib/elections';
import { fetchJson } from './fetch-json';

/** At most this many district files are fetched for one list. */
const MAX_DISTRICTS = 100;

/** The postcode entries of `entries` (as split from the reader's text), each placed on the `set` boundaries. */
export async function placePostcodes(
  entries: readonly string[],
  set: BoundarySet,
  seats: readonly PasteSeat[],
  base: string,
): Promise<Map<string, PostcodePlace>> {
  const wanted = entries.filter((e) => !isSeatCode(e.toUpperCase()) && classifyPostcodeInput(e) !== null);
  const districts = [...new Set(wanted.map(districtToFetch).filter((d): d is string => d !== null))];
  const files = new Map<string, PostcodeDistrictFile | null | Error>(
    await Promise.all(
      districts.slice(0, MAX_DISTRICTS).map(async (d) => {
        const file = await fetchJson<PostcodeDistrictFile | null>(base, postcodeDistrictPath(d), true).catch(
          (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
        );
        return [d, file] as const;
      }),
    ),
  );
  const names = new Map(seats.map((s) => [s.code, s.name]));
  const nameOf = (code: string) => names.get(code) ?? code;
  const places = new Map<string, PostcodePlace>();
  for (const entry of wanted) {
    const d = districtToFetch(entry);
    const file = d === null ? null : files.get(d);
    const none = (reason: string) => places.set(entry, { code: null, candidates: [], reason });
    if (file === undefined)
      none(`only the first ${MAX_DISTRICTS} postcode districts of a list are looked up; add this one in another list.`);
    else if (file instanceof Error) none(`could not be looked up (${file.message}); try again.`);
    else
      places.set(entry, placeOnSet(resolvePostcode(entry, file, { nameOf, districts: set === '2024' }), set, nameOf));
  }
  return places;
}
