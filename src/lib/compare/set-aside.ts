// /compare/'s seat list when the election pair moves to the other boundaries: seats not on the new boundaries are set
// aside, not lost, and come back when a pair on their own boundaries is chosen again (a keyboard passing over the
// pair's options changes the pair at each step). Pure: the browser tool keeps the map of seats set aside.
import type { BoundarySet } from '../elections';
import { boundarySetLabel, resolvePaste, type PasteSeat } from './paste';

/** Seats set aside, by the boundary set they are on. */
export type SetAside = Map<BoundarySet, string[]>;

const count = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** The list on the `to` boundaries (updating `aside`) and what to tell the reader. */
export function switchBoundaries(
  codes: readonly string[],
  seats: readonly PasteSeat[],
  from: BoundarySet,
  to: BoundarySet,
  aside: SetAside,
): { codes: string[]; messages: string[] } {
  if (from === to) return { codes: [...codes], messages: [] };
  const messages: string[] = [];
  const r = resolvePaste(codes.join('\n'), seats, to);
  const dropped = r.entries.filter((e) => e.status !== 'seat');
  if (dropped.length) {
    aside.set(from, [...(aside.get(from) ?? []), ...dropped.map((e) => e.input)]);
    const names = dropped.map((e) => ('name' in e ? e.name : e.input));
    messages.push(
      `${dropped.length} ${count(dropped.length, 'seat is', 'seats are')} not on the ${boundarySetLabel(to)} and ${count(dropped.length, 'was', 'were')} set aside: ${names.join(', ')}. Choose a pair of elections on the ${boundarySetLabel(from)} to have ${count(dropped.length, 'it', 'them')} back.`,
    );
  }
  const out = r.codes;
  const back = (aside.get(to) ?? []).filter((c) => !out.includes(c));
  aside.delete(to);
  if (back.length) {
    out.push(...back);
    messages.push(
      `${back.length} ${count(back.length, 'seat', 'seats')} set aside earlier ${count(back.length, 'is', 'are')} back in your list.`,
    );
  }
  return { codes: out, messages };
}
