// The per-district postcode file the browser fetches (postcodes/{DISTRICT}.json, about 1 KB): which full postcodes
// exist in the district, as one 400-bit map per sector, and their seats as runs over those postcodes in order.
// Written by the pipeline and read by the lookup, so both use the functions here.
import { INWARD_LETTERS } from './format';

/** [old code, new code, popShareOfOld, popShareOfNew]; only pairs with popShareOfOld > 0 are kept. */
export type LineageTuple = [string, string, number, number];

export interface PostcodeDistrictFile {
  v: 2;
  district: string;
  /**
   * gb: the postcodes are every live postcode (OS Code-Point Open 2025.4) and newRuns gives each its exact 2024 seat
   * (mySociety). ni: Northern Ireland, where the only full-postcode list is the Feb 2021 directory (terminated
   * postcodes included) and the 2024 seat is known by district only (candidates).
   */
  kind: 'gb' | 'ni';
  /** Sector digit ("1" in SW15 1AA) -> base64 of a 400-bit map of the inward letter pairs present (AA, AB, AD … ZZ). */
  sectors: Record<string, string>;
  newSeats: string[];
  /** [index into newSeats, count, …] over the postcodes in order; index -1: the lookup gives no seat. Empty for ni. */
  newRuns: number[];
  oldSeats: string[];
  /** [index into oldSeats, count, …]; index -1: not in the Feb 2021 directory, so no 2010-2023 seat. */
  oldRuns: number[];
  /** ni only: 2024 seats with live postcodes in the district (NSPL May 2026) and old -> new overlaps of oldSeats. */
  candidates?: string[];
  lineage?: LineageTuple[];
}

export const POSTCODE_DIR = 'postcodes/';
/** Inward letter pairs a sector can have: the bits of one sector map. */
export const SLOTS = 400;
const BYTES = SLOTS / 8;
const DIGIT = /[0-9]/;

export function postcodeDistrictPath(district: string): string {
  if (!/^[A-Z]{1,2}[0-9][A-Z0-9]?$/.test(district)) throw new Error(`not a postcode district: ${district}`);
  return `${POSTCODE_DIR}${district}.json`;
}

/** "1AD" -> { sector: "1", slot: 2 }: the inward code's place in its sector's bitmap; null for letters never used. */
export function inwardSlot(inward: string): { sector: string; slot: number } | null {
  const a = INWARD_LETTERS.indexOf(inward[1] ?? '');
  const b = INWARD_LETTERS.indexOf(inward[2] ?? '');
  if (inward.length !== 3 || !DIGIT.test(inward[0] ?? '') || a < 0 || b < 0) return null;
  return { sector: inward[0] as string, slot: a * INWARD_LETTERS.length + b };
}

export function slotInward(sector: string, slot: number): string {
  const n = INWARD_LETTERS.length;
  return `${sector}${INWARD_LETTERS[Math.floor(slot / n)]}${INWARD_LETTERS[slot % n]}`;
}

export function encodeBitmap(slots: Iterable<number>): string {
  const bytes = new Uint8Array(BYTES);
  for (const s of slots) {
    if (!(s >= 0 && s < SLOTS)) throw new Error(`slot ${s} out of range`);
    bytes[s >> 3]! |= 1 << (s & 7);
  }
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function decodeBitmap(base64: string): Uint8Array {
  const binary = atob(base64);
  if (binary.length !== BYTES) throw new Error(`a sector map has ${BYTES} bytes, not ${binary.length}`);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function bitCount(byte: number): number {
  let n = 0;
  for (let b = byte; b; b &= b - 1) n++;
  return n;
}

/** Number of postcodes in the file (set bits in every sector map). */
export function postcodeCount(file: Pick<PostcodeDistrictFile, 'sectors'>): number {
  let n = 0;
  for (const b64 of Object.values(file.sectors)) for (const byte of decodeBitmap(b64)) n += bitCount(byte);
  return n;
}

/** Position of a postcode's inward code ("1AA") among the district's postcodes in order, or -1 when it is not there. */
export function ordinalOf(file: Pick<PostcodeDistrictFile, 'sectors'>, inward: string): number {
  const at = inwardSlot(inward);
  if (!at || file.sectors[at.sector] === undefined) return -1;
  let before = 0;
  for (const sector of Object.keys(file.sectors).sort()) {
    if (sector === at.sector) break;
    for (const byte of decodeBitmap(file.sectors[sector] as string)) before += bitCount(byte);
  }
  const bytes = decodeBitmap(file.sectors[at.sector] as string);
  if (!((bytes[at.slot >> 3] as number) & (1 << (at.slot & 7)))) return -1;
  for (let i = 0; i < at.slot >> 3; i++) before += bitCount(bytes[i] as number);
  return before + bitCount((bytes[at.slot >> 3] as number) & ((1 << (at.slot & 7)) - 1));
}

/** Every inward code in the file, in order (for tests and the build's checks). */
export function inwardCodes(file: Pick<PostcodeDistrictFile, 'sectors'>): string[] {
  const out: string[] = [];
  for (const sector of Object.keys(file.sectors).sort()) {
    const bytes = decodeBitmap(file.sectors[sector] as string);
    for (let slot = 0; slot < SLOTS; slot++)
      if ((bytes[slot >> 3] as number) & (1 << (slot & 7))) out.push(slotInward(sector, slot));
  }
  return out;
}

/** Runs [value, count, …] of a list of values (-1 for none). */
export function toRuns(values: readonly number[]): number[] {
  const runs: number[] = [];
  for (const v of values) {
    if (runs.length && runs[runs.length - 2] === v) runs[runs.length - 1]!++;
    else runs.push(v, 1);
  }
  return runs;
}

/** The value at position k of runs (-1 when k is past the end). */
export function runAt(runs: readonly number[], k: number): number {
  let left = k;
  for (let i = 0; i + 1 < runs.length; i += 2) {
    const count = runs[i + 1] as number;
    if (left < count) return runs[i] as number;
    left -= count;
  }
  return -1;
}

/** Value -> number of positions holding it. */
export function runTotals(runs: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i + 1 < runs.length; i += 2)
    out.set(runs[i] as number, (out.get(runs[i] as number) ?? 0) + (runs[i + 1] as number));
  return out;
}
