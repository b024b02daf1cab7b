// Postcode -> seats from the postcode's district file. Great Britain: the exact 2024 seat of every live postcode and
// its 2010-2023 seat; a postcode that is not live gets no seat. Northern Ireland: the old seat exactly, the 2024 seat
// from the district's candidates narrowed by where the old seat's population went. Every answer has a reason in words.
import { classifyPostcodeInput, formatPostcode } from './format';
import { ordinalOf, postcodeCount, runAt, runTotals, type PostcodeDistrictFile } from './district-file';

/**
 * exact: one 2024 seat, known exactly (GB). likely: Northern Ireland, one candidate left. choose: several seats, the
 * reader picks. not-live: a well-formed postcode that is not in the list of postcodes. no-seat: a live postcode the
 * lookup gives no seat, or one outside every constituency (the Crown dependencies, GIR 0AA). unknown-district: no
 * such district. malformed: not a postcode or district.
 */
export type PostcodeStatus = 'exact' | 'likely' | 'choose' | 'not-live' | 'no-seat' | 'unknown-district' | 'malformed';

export interface SeatShare {
  code: string;
  /** Share of the district's live postcodes (a district typed alone) or of the old seat's population (NI). */
  share: number;
}

export interface PostcodeResolution {
  /** Display form ("SW15 1AA"), or null when the input was not a full postcode. */
  postcode: string | null;
  district: string | null;
  /** 2010-2023 seat (ONS Postcode Directory, Feb 2021); null for districts, newer or unknown postcodes. */
  oldSeat: string | null;
  /** 2024 seat(s): one when exact; otherwise the choices, most likely first. */
  newSeats: SeatShare[];
  status: PostcodeStatus;
  reason: string;
  /** Which files the answer rests on, for the credit line. */
  basis: 'gb' | 'ni' | null;
}

export interface ResolveOptions {
  /** Seat name for a code, used in the reason; falls back to the code. */
  nameOf?: (code: string) => string | undefined;
  /** False where a district typed alone places no seat (the 2010-2023 boundaries): a bad entry's hint leaves it out. */
  districts?: boolean;
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
const LIVE_LIST = 'OS Code-Point Open (October 2025), the list of every live postcode in Great Britain';

function shown(input: string): string {
  const t = input.trim();
  return t.length > TOO_LONG ? `${t.slice(0, TOO_LONG)}…` : t;
}

function result(
  partial: Pick<PostcodeResolution, 'postcode' | 'district' | 'status' | 'reason'> & Partial<PostcodeResolution>,
): PostcodeResolution {
  return { oldSeat: null, newSeats: [], basis: null, ...partial };
}

/** Postcode areas of the Crown dependencies, which have postcodes but elect no MPs to the UK Parliament. */
const NOT_IN_PARLIAMENT: Readonly<Record<string, string>> = { IM: 'the Isle of Man', JE: 'Jersey', GY: 'Guernsey' };

/** Postcode areas in no constituency whatever the data say: the Crown dependencies and GIR (mail only). */
function placelessArea(area: string): boolean {
  return Object.hasOwn(NOT_IN_PARLIAMENT, area) || area === 'GIR';
}

/**
 * Central London's districts that are only ever written with a letter after the number (W1 is W1A to W1W): typed alone
 * they are no district, and a reader needs the whole postcode. The first and last of their lettered districts.
 */
const LETTERED: Readonly<Record<string, [string, string]>> = {
  EC1: ['EC1A', 'EC1Y'],
  EC2: ['EC2A', 'EC2Y'],
  EC3: ['EC3A', 'EC3V'],
  EC4: ['EC4A', 'EC4Y'],
  SW1: ['SW1A', 'SW1Y'],
  W1: ['W1A', 'W1W'],
  WC1: ['WC1A', 'WC1X'],
  WC2: ['WC2A', 'WC2R'],
};

/** Why a postcode or district has no place in any constituency whatever the data say, or null. */
function placeless(area: string, shownAs: string): string | null {
  const where = NOT_IN_PARLIAMENT[area];
  if (where)
    return `${shownAs} is on ${where}, which does not elect MPs to the UK Parliament, so it is in no constituency.`;
  if (area === 'GIR')
    return `${shownAs} is a postcode for mail only, with no place on the ground, so it is in no constituency.`;
  return null;
}

/** The district whose file the answer to this input needs ("sw15 1aa" -> "SW15"), or null when it needs none. */
export function districtToFetch(input: string): string | null {
  const parsed = classifyPostcodeInput(input);
  if (parsed === null || (parsed.kind !== 'full' && parsed.kind !== 'district')) return null;
  return placelessArea(parsed.area) || Object.hasOwn(LETTERED, parsed.district) ? null : parsed.district;
}

/** Resolves what was typed against its district's file (null when the site has no file for that district). */
export function resolvePostcode(
  input: string,
  file: PostcodeDistrictFile | null,
  options: ResolveOptions = {},
): PostcodeResolution {
  const name = (code: string): string => options.nameOf?.(code) ?? code;
  const parsed = classifyPostcodeInput(input);
  const alsoDistrict = options.districts === false ? '' : '; a postcode district on its own, like SW15, also works';

  if (parsed === null || parsed.kind === 'malformed') {
    return result({
      postcode: null,
      district: null,
      status: 'malformed',
      reason: `“${shown(input)}” is not a UK postcode. A postcode looks like SW1A 1AA${alsoDistrict}.`,
    });
  }
  if (parsed.kind === 'partial') {
    return result({
      postcode: null,
      district: null,
      status: 'malformed',
      reason: `“${shown(input)}” is not a complete postcode. A full postcode looks like SW1A 1AA${alsoDistrict}.`,
    });
  }
  const { district } = parsed;
  const postcode = parsed.kind === 'full' ? formatPostcode(parsed.postcode) : null;
  const nowhere = placeless(parsed.area, postcode ?? district);
  if (nowhere !== null) return result({ postcode, district, status: 'no-seat', reason: nowhere });
  const lettered = LETTERED[district];
  if (lettered)
    return result({
      postcode: null,
      district: null,
      status: 'malformed',
      reason:
        parsed.kind === 'full'
          ? `There is no postcode district ${district}: its postcodes start ${lettered[0]} to ${lettered[1]}, like ${lettered[0]} 1AA.`
          : `${district} is divided into smaller districts, ${lettered[0]} to ${lettered[1]}, so it gives no seat on its own: enter the whole postcode, like ${lettered[0]} 1AA.`,
    });
  if (file === null || file.district !== district) {
    return result({
      postcode,
      district,
      status: 'unknown-district',
      reason: `There is no postcode district ${district} in the postcode data, so ${postcode ?? district} could not be found. Please check it.`,
    });
  }
  const query = { file, postcode, compact: parsed.kind === 'full' ? parsed.postcode : null, name };
  return file.kind === 'gb' ? resolveGb(query) : resolveNi(query);
}

/** A postcode or district to place, with its district's file; compact is the full postcode without its space. */
interface DistrictQuery {
  file: PostcodeDistrictFile;
  postcode: string | null;
  compact: string | null;
  name: (code: string) => string;
}

function resolveGb({ file, postcode, compact, name }: DistrictQuery): PostcodeResolution {
  const district = file.district;
  const base = { postcode, district, basis: 'gb' as const };
  if (compact === null) {
    const total = postcodeCount(file);
    const shares = [...runTotals(file.newRuns)]
      .filter(([i]) => i >= 0)
      .map(([i, n]) => ({ code: file.newSeats[i] as string, share: n / total }))
      .sort((a, b) => b.share - a.share || a.code.localeCompare(b.code));
    if (shares.length === 1) {
      return result({
        ...base,
        newSeats: shares,
        status: 'exact',
        reason: `Every live postcode in ${district} is in ${name((shares[0] as SeatShare).code)}. Enter your full postcode to see your 2010–2023 seat too.`,
      });
    }
    const parts = shares.map((s) => `${name(s.code)} (${shareInWords(s.share)})`);
    return result({
      ...base,
      newSeats: shares,
      status: 'choose',
      reason: `${district} is split between ${listInWords(parts)} (shares of its live postcodes). Enter your full postcode for your exact seat, or choose:`,
    });
  }
  const k = ordinalOf(file, compact.slice(-3));
  if (k < 0) {
    return result({
      ...base,
      status: 'not-live',
      reason: `${postcode} is not a live postcode: it is not in ${LIVE_LIST}. Please check it for a typo. A postcode that has been retired, or is newer than October 2025, cannot be placed, and we do not guess from its neighbours.`,
    });
  }
  const n = runAt(file.newRuns, k);
  const o = runAt(file.oldRuns, k);
  const oldSeat = o >= 0 ? (file.oldSeats[o] as string) : null;
  const oldWords = oldSeat
    ? `From 2010 to 2023 it was in ${name(oldSeat)}.`
    : 'It is not in the February 2021 postcode directory (it is newer than that), so its 2010–2023 seat is not known.';
  if (n < 0) {
    return result({
      ...base,
      oldSeat,
      status: 'no-seat',
      reason: `${postcode} is a live postcode, but mySociety's 2024 lookup does not place it in a seat. ${oldWords}`,
    });
  }
  const seat = file.newSeats[n] as string;
  return result({
    ...base,
    oldSeat,
    newSeats: [{ code: seat, share: 1 }],
    status: 'exact',
    reason: `${postcode} is in ${name(seat)} (2024 boundaries). ${oldWords}`,
  });
}

function resolveNi({ file, postcode, compact, name }: DistrictQuery): PostcodeResolution {
  const district = file.district;
  const base = { postcode, district, basis: 'ni' as const };
  const candidates = file.candidates ?? [];
  const plain = 'In Northern Ireland we have the 2024 seat by postcode district only, not by full postcode.';
  const inDistrict =
    candidates.length === 1
      ? `All live postcodes in ${district} are in ${name(candidates[0] as string)}.`
      : `${district} has live postcodes in ${listInWords(candidates.map(name))}.`;
  const asShares = (codes: readonly string[]) => codes.map((code) => ({ code, share: NaN }));
  if (compact === null) {
    if (candidates.length === 0) {
      return result({
        ...base,
        status: 'unknown-district',
        reason: `${district} has no live postcodes in the May 2026 postcode lookup. Please check it.`,
      });
    }
    return result({
      ...base,
      newSeats: asShares(candidates),
      status: candidates.length === 1 ? 'likely' : 'choose',
      reason: `${plain} ${inDistrict}${candidates.length > 1 ? ' Enter your full postcode to narrow it down, or choose:' : ''}`,
    });
  }
  const k = ordinalOf(file, compact.slice(-3));
  if (k < 0) {
    return result({
      ...base,
      status: 'not-live',
      reason: `${postcode} is not in the February 2021 postcode directory, the only list of Northern Ireland postcodes we have. Please check it for a typo; we do not guess from its neighbours. The district ${district} on its own gives its possible 2024 seats.`,
    });
  }
  const oldSeat = file.oldSeats[runAt(file.oldRuns, k)] as string;
  const went = (file.lineage ?? [])
    .filter((l) => l[0] === oldSeat && l[2] > 0)
    .sort((a, b) => b[2] - a[2] || a[1].localeCompare(b[1]));
  const kept = went.filter((l) => candidates.includes(l[1]));
  const wasIn = `From 2010 to 2023 ${postcode} was in ${name(oldSeat)}.`;
  if (kept.length === 0) {
    return result({
      ...base,
      oldSeat,
      newSeats: asShares(candidates),
      status: candidates.length === 1 ? 'likely' : 'choose',
      reason: `${wasIn} ${plain} ${inDistrict}${candidates.length > 1 ? ' Choose:' : ''}`,
    });
  }
  const newSeats = kept.map((l) => ({ code: l[1], share: l[2] }));
  if (kept.length === 1) {
    const only = kept[0] as [string, string, number, number];
    return result({
      ...base,
      oldSeat,
      newSeats,
      status: 'likely',
      reason: `${wasIn} ${plain} Of the 2024 seats with postcodes in ${district}, only ${name(only[1])} took in part of the old ${name(oldSeat)} seat (${shareInWords(only[2])} of its population), so it is most likely your seat.`,
    });
  }
  const parts = kept.map((l) => `${name(l[1])} (${shareInWords(l[2])})`);
  return result({
    ...base,
    oldSeat,
    newSeats,
    status: 'choose',
    reason: `${wasIn} ${plain} The 2024 seats with postcodes in ${district} that took in part of the old seat are ${listInWords(parts)} (shares of its population). Choose:`,
  });
}
