// The compare page's report of what an added list gave: the seats added and each entry not used, with a button to
// add a suggested seat.
import { describeEntry, type PasteEntry } from '../lib/compare/paste';
import type { BoundarySet } from '../lib/elections';
import { el } from './dom';

export function reportNodes(
  title: string,
  entries: readonly PasteEntry[],
  set: BoundarySet,
  extra: readonly string[],
  listAdded: boolean,
  onAdd: (code: string, name: string) => void,
): Node[] {
  const problems = entries.filter((e) => e.status !== 'seat');
  const added = entries.filter((e) => e.status === 'seat');
  const items: HTMLLIElement[] = [];
  for (const m of extra) items.push(el('li', { class: 'problem' }, m));
  for (const e of problems) {
    const li = el('li', { class: 'problem', 'data-status': e.status }, describeEntry(e, set));
    const options =
      e.status === 'ambiguous' || e.status === 'postcode'
        ? e.candidates
        : e.status === 'unknown' && e.suggestion
          ? [e.suggestion]
          : [];
    for (const c of options) {
      const b = el('button', { type: 'button', class: 'cmp-suggest' }, `Add ${c.name}`);
      b.addEventListener('click', () => onAdd(c.code, c.name));
      li.append(' ', b);
    }
    items.push(li);
  }
  if (listAdded && added.length <= 30)
    for (const e of added) items.push(el('li', { class: 'ok', 'data-status': 'seat' }, describeEntry(e, set)));
  const summary = `${title}${added.length ? ` ${added.length === 1 ? '1 seat added' : `${added.length} seats added`}.` : ''}${problems.length + extra.length ? ` ${problems.length + extra.length} ${problems.length + extra.length === 1 ? 'entry was' : 'entries were'} not used:` : ''}`;
  return [el('p', {}, summary.trim()), ...(items.length ? [el('ul', {}, ...items)] : [])];
}
