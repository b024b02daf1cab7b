// The column choice (like a spreadsheet upload's mapping step): after a file is read, one select per field lists the
// file's columns with an example value, the columns read (or the guess) chosen; the reader can change them and the
// date format, and read the file again. Plain form controls, so it works by keyboard and on a phone.
import {
  DATE_FORMATS,
  MAPPED_FIELDS,
  isDocumentedFormat,
  mappingIssues,
  type ColumnMapping,
  type DateFormat,
  type MappedField,
} from '../lib/membership/mapping';
import type { FileRead } from '../lib/membership/read-file';
import { el } from './dom';
import { must } from './membership-local-dom';
import { root, ui } from './membership-local-page';

const fieldSelect = (f: MappedField) => must<HTMLSelectElement>(root, `[data-ml-map-field="${f}"]`);
const REQUIRED: readonly MappedField[] = ['date', 'members'];

/** "B" for the second column, "AA" for the 27th: how a spreadsheet names it. */
function letters(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function optionLabel(header: string, i: number, example: string | undefined): string {
  const name = header.trim() || '(no name)';
  const eg = example?.trim() ? ` (${example.trim().slice(0, 24)})` : '';
  return `${letters(i)}: ${name.slice(0, 32)}${eg}`;
}

export function showColumnChoice(read: FileRead, fileName: string): void {
  const chosen = read.mapping ?? read.guess;
  for (const f of MAPPED_FIELDS) {
    const s = fieldSelect(f);
    const none = el('option', { value: '' }, REQUIRED.includes(f) ? '(choose a column)' : '(not in the file)');
    s.replaceChildren(
      none,
      ...read.header.map((h, i) => el('option', { value: String(i) }, optionLabel(h, i, read.samples[0]?.[i]))),
    );
    s.value = chosen.columns[f] === null ? '' : String(chosen.columns[f]);
  }
  ui.dateFormat.value = chosen.dateFormat;
  ui.mappingProblems.textContent = '';
  markFields(new Set());
  ui.mappingHint.textContent =
    read.mapping === null
      ? `The columns of ${fileName} were not all recognised. Choose which column holds the date, the members count and the seat code or name (the best guess is chosen), then read the file.`
      : isDocumentedFormat(read.header, read.mapping)
        ? 'The columns were read by their names. If one was read wrongly, choose another and read the file again.'
        : 'The columns were matched by a guess from their names and first rows. Check them; if one is wrong, choose another and read the file again.';
  ui.mapping.hidden = false;
}

/** The reader's choice, or null (with the problems shown beside the button) when it cannot be read. */
export function chosenColumns(): ColumnMapping | null {
  const columns = Object.fromEntries(
    MAPPED_FIELDS.map((f) => {
      const v = fieldSelect(f).value;
      return [f, v === '' ? null : Number(v)];
    }),
  ) as Record<MappedField, number | null>;
  const dateFormat = (DATE_FORMATS as readonly string[]).includes(ui.dateFormat.value)
    ? (ui.dateFormat.value as DateFormat)
    : 'auto';
  const m: ColumnMapping = { columns, dateFormat };
  const issues = mappingIssues(m);
  ui.mappingProblems.textContent = issues.length ? `To read the file, ${issues.map((i) => i.message).join('; ')}.` : '';
  markFields(new Set(issues.flatMap((i) => i.fields)));
  return issues.length ? null : m;
}

/** The selects a problem concerns are marked invalid and described by the problems line; the others are cleared. */
function markFields(bad: ReadonlySet<MappedField>): void {
  for (const f of MAPPED_FIELDS) {
    const s = fieldSelect(f);
    if (bad.has(f)) {
      s.setAttribute('aria-invalid', 'true');
      s.setAttribute('aria-describedby', ui.mappingProblems.id);
    } else {
      s.removeAttribute('aria-invalid');
      s.removeAttribute('aria-describedby');
    }
  }
}
