// /compare/'s list of chosen seats: sorted by name, each with its Remove button, where focus goes after a removal, a
// region's seats added to it, a preset loaded in its place, and a seat box whose text added no seat.
import { plural } from '../lib/compare/format';
import { outcomeById, pairById } from '../lib/compare/settings';
import { el } from './dom';

/** One item per seat; `onRemove` gets the seat and the position of its button among the list's buttons. */
export function seatListItems(
  codes: readonly string[],
  names: ReadonlyMap<string, string>,
  onRemove: (code: string, name: string, at: number) => void,
): HTMLLIElement[] {
  const nameOf = (code: string) => names.get(code) ?? code;
  return [...codes]
    .sort((a, b) => nameOf(a).localeCompare(nameOf(b)))
    .map((code, at) => {
      const name = nameOf(code);
      const b = el('button', { type: 'button', 'aria-label': `Remove ${name}` }, 'Remove');
      b.addEventListener('click', () => onRemove(code, name, at));
      return el('li', { 'data-code': code }, `${name} `, el('span', { class: 'note' }, `(${code})`), b);
    });
}

/** Focus to the Remove button now where the removed seat's was (or the last one), or to `fallback` when none is left. */
export function focusAfterRemoval(list: HTMLElement, at: number, fallback: HTMLElement): void {
  const buttons = list.querySelectorAll('button');
  (buttons[Math.min(at, buttons.length - 1)] ?? fallback).focus();
}

/** The seats of `region` not yet chosen, and the report's words for adding them. */
export function regionAddition(
  rows: readonly { code: string; region: string }[],
  region: string,
  name: string,
  chosen: readonly string[],
): { codes: string[]; message: string } {
  const codes = rows.filter((r) => r.region === region).map((r) => r.code);
  const fresh = codes.filter((c) => !chosen.includes(c));
  const already = codes.length - fresh.length;
  return {
    codes: fresh,
    message: `Added ${plural(fresh.length, 'seat', 'seats')} in ${name}${already ? ` (${already} already in your list)` : ''}.`,
  };
}

/**
 * The report's words for a preset set loaded in place of `before` seats, saying when it also changed the elections or
 * the measure the reader had chosen (the set is cited for its own pair and measure).
 */
export function presetLoaded(
  p: { title: string; caveat: string; pair: string; outcome: string },
  seats: number,
  before: { seats: number; pair: string; outcome: string },
): string {
  const changed = [
    p.pair !== before.pair && `the elections to ${pairById(p.pair)?.label ?? p.pair}`,
    p.outcome !== before.outcome && `the measure to “${outcomeById(p.outcome)?.label ?? p.outcome}”`,
  ].filter((x): x is string => typeof x === 'string');
  const set = changed.length ? ` It set ${changed.join(' and ')}, as the set is cited for them.` : '';
  const replaced = before.seats
    ? ` It replaced your ${plural(before.seats, 'seat', 'seats')}: the browser's Back button brings them back.`
    : '';
  return `Loaded ${p.title}: ${seats} seats. ${p.caveat}${set}${replaced}`;
}

/**
 * A seat box whose text named no seat keeps that text, marked invalid and described by the report that says why,
 * until the reader edits it (a screen reader then hears the reason from the field, not only from the live region).
 */
export function markRefused(input: HTMLInputElement, text: string, reportId: string): void {
  input.value = text;
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-describedby', reportId);
  const clear = () => {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
  };
  input.addEventListener('input', clear, { once: true });
}
