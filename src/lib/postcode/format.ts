// UK postcode syntax: normalise what people type, split it into outward code, district and area, and tell
// full postcodes from districts ("SW15"), half-typed postcodes and non-postcodes (seat names).

/** Letters allowed in the two letters of an inward code ("1AA"). */
export const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

/**
 * Royal Mail's outward-code shapes and letter rules, except that an A9A district may also end in M, N, R, V, X or Y:
 * the retired London districts W1M, W1N, W1R, W1V, W1X and W1Y are still in the Feb 2021 directory.
 */
const OUTWARD = '[A-PR-UWYZ](?:[0-9][0-9]?|[A-HK-Y][0-9][0-9]?|[0-9][A-HJKMNPR-Y]|[A-HK-Y][0-9][ABEHMNPRV-Y])';
const INWARD = `[0-9][${INWARD_LETTERS}]{2}`;
const FULL = new RegExp(`^(?:(${OUTWARD})(${INWARD})|(GIR)(0AA))$`);
const DISTRICT = new RegExp(`^${OUTWARD}$`);
/** A district followed by an incomplete inward code: "SW151", "SW151A". */
const PARTIAL = new RegExp(`^${OUTWARD}[0-9][${INWARD_LETTERS}]?$`);
/** Anything that starts like a postcode: one or two letters then a digit. Seat names never contain digits. */
const POSTCODE_LIKE = /^[A-Z]{1,2}[0-9][A-Z0-9]*$/;
const MAX_INPUT = 16;

/** Upper case with all whitespace removed (spaces, tabs, no-break spaces). */
export function compactPostcode(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** True when `compact` is already a normalised complete UK postcode ("SW151AA"; GIR0AA included). */
export function isCompactPostcode(compact: string): boolean {
  return FULL.test(compact);
}

/** "sw15 1aa " -> "SW151AA"; null unless the input is one complete UK postcode (GIR 0AA included). */
export function normalisePostcode(input: string): string | null {
  if (input.length > MAX_INPUT * 4) return null;
  const compact = compactPostcode(input);
  return isCompactPostcode(compact) ? compact : null;
}

/** "SW151AA" -> "SW15 1AA" (any spacing accepted); null when not a full postcode. */
export function formatPostcode(input: string): string | null {
  const pc = normalisePostcode(input);
  return pc === null ? null : `${pc.slice(0, -3)} ${pc.slice(-3)}`;
}

/** Outward code (the district) of a full postcode or of a bare district: "SW15 1AA" -> "SW15"; else null. */
export function outwardCode(input: string): string | null {
  const pc = normalisePostcode(input);
  if (pc !== null) return pc.slice(0, -3);
  const compact = compactPostcode(input);
  return DISTRICT.test(compact) ? compact : null;
}

/** Postcode area: the leading letters of the outward code ("SW", "B", "EH"); null when not a postcode or district. */
export function postcodeArea(input: string): string | null {
  const outward = outwardCode(input);
  return outward === null ? null : (/^[A-Z]+/.exec(outward)?.[0] ?? null);
}

export type PostcodeInput =
  | { kind: 'full'; postcode: string; district: string; area: string }
  | { kind: 'district'; district: string; area: string }
  | { kind: 'partial'; text: string }
  | { kind: 'malformed'; text: string };

/**
 * Marks a reader may type or copy with a postcode ("SW15-1AA" on some forms, "SW15 1AA." from a sentence), read as
 * spaces in the search box only: raw postcode files are read strictly (normalisePostcode). Seat names have no digits,
 * so a name with these marks still reads as a name.
 */
const READER_MARKS = /[.,\-\u2010-\u2015]/g;

/**
 * How the search box should treat the input: null means "not a postcode, search names".
 * Postcode-like but invalid input ("SW15 1A" is partial; "12345" is not postcode-like at all) is kept apart
 * so the box can say "keep typing" or "not a postcode".
 */
export function classifyPostcodeInput(input: string): PostcodeInput | null {
  const text = input.replace(READER_MARKS, ' ');
  const compact = compactPostcode(text);
  const full = normalisePostcode(text);
  if (full !== null) {
    const district = full.slice(0, -3);
    return { kind: 'full', postcode: full, district, area: /^[A-Z]+/.exec(district)?.[0] ?? district };
  }
  if (!POSTCODE_LIKE.test(compact) || compact.length > MAX_INPUT) return null;
  if (DISTRICT.test(compact))
    return { kind: 'district', district: compact, area: /^[A-Z]+/.exec(compact)?.[0] ?? compact };
  if (PARTIAL.test(compact)) return { kind: 'partial', text: compact };
  return { kind: 'malformed', text: compact };
}

/** True when the box should treat the input as a postcode (full, district or half-typed) rather than a name. */
export function looksLikePostcode(input: string): boolean {
  return classifyPostcodeInput(input) !== null;
}
