// "What was read": the facts of the parse, its notes, and the rejected rows, grouped by problem with a count and a fix,
// then the first rows one by one.
import { describeGroup } from '../lib/membership/issue-groups';
import type { ParseReport } from '../lib/membership/types';
import { el } from './dom';
import { list, table } from './membership-local-dom';
import { setName, ui } from './membership-local-page';

const count = (n: number) => n.toLocaleString('en-GB');

export function showReport(r: ParseReport, fileName: string): void {
  ui.report.hidden = false;
  const facts: [string, string][] = [
    ['File', fileName],
    ['Rows read', count(r.rowsRead)],
    ['Rows used', count(r.rowsUsed)],
    ['Rows rejected', count(r.rejectedCount)],
    ['Boundaries', r.boundarySet ? setName(r.boundarySet) : '–'],
    ['Party', r.party ?? 'not given'],
  ];
  const dl = el('dl', { class: 'facts' });
  for (const [k, v] of facts) {
    const d = el('div');
    d.append(el('dt', {}, k), el('dd', {}, v));
    dl.append(d);
  }
  ui.summary.replaceChildren(dl);
  if (r.boundarySetReason) ui.summary.append(el('p', { class: 'note' }, `Boundaries: ${r.boundarySetReason}.`));

  const items = [
    ...r.fileErrors.map((e) => `Cannot use the file${e.line === null ? '' : ` (line ${e.line})`}: ${e.reason}.`),
    ...r.notes.map(
      (n) => `${n.kind === 'warning' ? 'Warning' : 'Note'}${n.line === null ? '' : ` (line ${n.line})`}: ${n.message}.`,
    ),
  ];
  ui.notes.replaceChildren(...(items.length ? [list(items, { class: 'ml-notes' })] : []));

  if (r.rejectedCount) {
    const shown = r.rejected;
    ui.rejected.replaceChildren(
      el('h3', { id: 'ml-rejected-h' }, `Rejected rows (${count(r.rejectedCount)})`),
      el(
        'p',
        { class: 'note' },
        'These rows were not used. Fix them in your file and load it again. Line 1 is the first line of the file.',
      ),
      list(r.groups.map(describeGroup), { class: 'ml-groups', 'data-ml-groups': '' }),
      table(
        `Rejected rows, with the line of the file and the reason${shown.length < r.rejectedCount ? ` (the first ${shown.length})` : ''}`,
        [
          { head: 'Line', cell: (x) => String(x.line ?? ''), numeric: true, rowHeader: true },
          { head: 'Column', cell: (x) => x.field ?? '' },
          { head: 'Reason', cell: (x) => x.reason },
        ],
        shown,
      ),
    );
  } else ui.rejected.replaceChildren(el('p', {}, r.fileErrors.length ? '' : 'No rows were rejected.'));
}
