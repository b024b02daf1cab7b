// Postcode -> old (2010-2023) seat, exactly, and new (2024) seat(s): the district's candidates, narrowed by
// where the old seat's population went. Every answer carries a plain-words reason.
import type { Lineage } from '../schema/lineage';
import { classifyPostcodeInput, formatPostcode } from './format';
import { lineageOfSlice, type PostcodeSlice } from './slice';

export type PostcodeStatus = 'exact' | 'choose' | 'unknown-postcode' | 'unknown-district' | 'malformed';

export interface PostcodeResolution {
  /** Display form ("SW15 1AA"), or null when the input was not a full postcode. */
  postcode: string | null;
  /** Outward code ("SW15"), or null when malformed. */
  district: string | null;
  /** Old seat from the ONS Postcode Directory (Feb 2021); null for districts, newer or unknown postcodes. */
  oldSeat: string | null;
  /** 2024 seats the postcode can be in, most likely first (by share of the old seat's population). */
  newCandidates: string[];
  /** True when the old seat ruled out some of the district's candidates. */
  narrowed: boolean;
  /**
   * exact: one 2024 seat. choose: several remain, the user must pick. unknown-postcode: a well-formed postcode not in
   * the Feb 2021 directory; newCandidates fall back to its district's. unknown-district: no such area or district
   * in the data. malformed: not a postcode or district.
   */
  status: PostcodeStatus;
  reason: string;
}

export interface ResolveOptions {
  /** Overlaps for the slice's old seats; defaults to the pairs carried in the slice. */
  lineage?: readonly Lineage[];
  /** Seat name for a code, used in the reason; falls back to the code. */
  nameOf?: (code: string) => string | undefined;
}

/** "A", "A and B", "A, B and C"; "A, B and C, and D" when a name has its own "and", so the list stays readable. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const serial = items.length > 2 && items.some((s) => / and /i.test(s)) ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${serial} and ${items[items.length - 1]}`;
}

/** 0.42 -> "42%", 0.003 -> "less than 1%", 0.998 -> "more than 99%" so a part is never rounded to all or none. */
export function shareInWords(share: number): string {
  if (share >= 1) return '100%';
  if (share > 0.99) return 'more than 99%';
  if (share < 0.01) return 'less than 1%';
  return `${Math.round(share * 100)}%`;
}

const TOO_LONG = 24;
/** Shares at or above this read as "all" (they round to 100%). */
const WHOLE = 0.995;

function shown(input: string): string {
  const t = input.trim();
  return t.length > TOO_LONG ? `${t.slice(0, TOO_LONG)}…` : t;
}

function result(partial: Omit<PostcodeResolution, 'narrowed' | 'oldSeat' | 'newCandidates'> & Partial<PostcodeResolution>): PostcodeResolution {
  return { oldSeat: null, newCandidates: [], narrowed: false, ...partial };
}

function countStatus(n: number): PostcodeStatus {
  return n === 1 ? 'exact' : 'choose';
}

function chooseTail(n: number): string {
  return n === 2 ? ' It could be in either; choose:' : ' It could be in any of these; choose:';
}

/** Resolves what was typed against the slice of its postcode area (null when the area has no slice). */
export function resolvePostcode(input: string, slice: PostcodeSlice | null, options: ResolveOptions = {}): PostcodeResolution {
  const name = (code: string): string => options.nameOf?.(code) ?? code;
  const names = (codes: readonly string[]): string => listInWords(codes.map(name));
  const parsed = classifyPostcodeInput(input);

  if (parsed === null || parsed.kind === 'malformed') {
    return result({ postcode: null, district: null, status: 'malformed',
      reason: `“${shown(input)}” is not a UK postcode. A postcode looks like SW1A 1AA; a postcode district on its own, like SW15, also works.` });
  }
  if (parsed.kind === 'partial') {
    return result({ postcode: null, district: null, status: 'malformed',
      reason: `“${shown(input)}” is not a complete postcode. A full postcode looks like SW1A 1AA; a postcode district on its own, like SW15, also works.` });
  }

  const { district, area } = parsed;
  const postcode = parsed.kind === 'full' ? formatPostcode(parsed.postcode) : null;
  const label = postcode ?? district;
  if (slice === null || slice.area !== area) {
    return result({ postcode, district, status: 'unknown-district',
      reason: `There is no postcode area “${area}” in the postcode data, so ${label} could not be found. Please check it.` });
  }

  const candidates = slice.districts[district] ?? [];
  const inDistrict = candidates.length === 1
    ? `All live postcodes in ${district} are in ${name(candidates[0] as string)}.`
    : `${district} is split between ${names(candidates)}.`;

  if (parsed.kind === 'district') {
    if (candidates.length === 0) {
      return result({ postcode, district, status: 'unknown-district',
        reason: `${district} has no live postcodes in the May 2026 postcode lookup. Please check it.` });
    }
    return result({ postcode, district, newCandidates: [...candidates], status: countStatus(candidates.length),
      reason: candidates.length === 1
        ? `${inDistrict} Enter your full postcode to see your 2010–2023 seat too.`
        : `${inDistrict} Enter your full postcode to narrow it down, or choose:` });
  }

  const oldSeat = Object.keys(slice.old).find((code) => new RegExp(slice.old[code] as string).test(parsed.postcode)) ?? null;

  if (oldSeat === null) {
    if (candidates.length === 0) {
      return result({ postcode, district, status: 'unknown-district',
        reason: `${postcode} was not found: it is not in the February 2021 postcode directory and its district ${district} has no live postcodes in the May 2026 lookup. Please check it.` });
    }
    return result({ postcode, district, newCandidates: [...candidates], status: 'unknown-postcode',
      reason: `${postcode} is not in the February 2021 postcode directory (it may be newer than that, or mistyped), so its 2010–2023 seat is not known. ${inDistrict}${candidates.length > 1 ? chooseTail(candidates.length) : ''}` });
  }

  const lineage = options.lineage ?? lineageOfSlice(slice);
  const successors = lineage
    .filter((l) => l.old === oldSeat && l.popShareOfOld > 0)
    .sort((a, b) => b.popShareOfOld - a.popShareOfOld || a.new.localeCompare(b.new));
  const wasIn = `${postcode} was in the old ${name(oldSeat)} seat`;

  if (candidates.length === 0) {
    const codes = successors.map((l) => l.new);
    const went = successors.map((l) => `${name(l.new)} (${shareInWords(l.popShareOfOld)})`);
    return result({ postcode, district, oldSeat, newCandidates: codes, status: codes.length === 0 ? 'unknown-district' : countStatus(codes.length),
      reason: codes.length === 0
        ? `${wasIn} (2010–2023), but ${district} has no live postcodes in the May 2026 lookup and there are no overlap figures for that seat.`
        : `${wasIn} (2010–2023). ${district} has no live postcodes in the May 2026 lookup, so the 2024 seat is taken from where the old seat's population went: ${listInWords(went)}.${codes.length > 1 ? chooseTail(codes.length) : ''}` });
  }

  const kept = successors.filter((l) => candidates.includes(l.new));
  if (kept.length === 0) {
    return result({ postcode, district, oldSeat, newCandidates: [...candidates], status: countStatus(candidates.length),
      reason: `${wasIn}. ${inDistrict} The overlap figures link the old ${name(oldSeat)} seat to none of these, so they cannot narrow it down.${candidates.length > 1 ? chooseTail(candidates.length) : ''}` });
  }

  const newCandidates = kept.map((l) => l.new);
  const narrowed = newCandidates.length < candidates.length;
  let reason: string;
  if (candidates.length === 1) {
    reason = `${inDistrict} ${wasIn} (2010–2023).`;
  } else if (kept.length === 1) {
    const only = kept[0] as Lineage;
    reason = only.popShareOfOld >= WHOLE && only.popShareOfNew >= WHOLE
      ? `${inDistrict.slice(0, -1)}; your postcode was in the old ${name(oldSeat)} seat, which became ${name(only.new)}.`
      : only.popShareOfOld >= WHOLE
        ? `${inDistrict.slice(0, -1)}; your postcode was in the old ${name(oldSeat)} seat, all of whose population went to ${name(only.new)}.`
        : `${inDistrict.slice(0, -1)}; your postcode was in the old ${name(oldSeat)} seat, and of these seats only ${name(only.new)} took in any of its population (${shareInWords(only.popShareOfOld)} of it).`;
  } else {
    const went = kept.map((l) => `${name(l.new)} (${shareInWords(l.popShareOfOld)})`);
    reason = `${inDistrict.slice(0, -1)}; your postcode was in the old ${name(oldSeat)} seat, whose population went to ${listInWords(went)}.${chooseTail(kept.length)}`;
  }
  return result({ postcode, district, oldSeat, newCandidates, narrowed, status: countStatus(newCandidates.length), reason });
}
