// /compare/'s list of chosen seats: sorted by name, each with its Remove button, and where focus goes after a removal.
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
