// Browser enhancement for graphic and citation controls: the citation formats and themed embed snippets the page
// leaves out, copy buttons, and today's date in citations.
import { CITE_FORMATS } from '../lib/export/cite';
import { formatDate, type DateStyle } from '../lib/export/dates';
import { readerToday, writeCitation } from './cite-write';
import { DEFAULT_EMBED_THEME, EMBED_THEMES, snippetLabel, themedSnippet } from '../lib/export/snippet';

/** A copy of a control's block (label, textarea, copy button) holding other text under a new id, after `after`. */
function addBlock(after: Element, id: string, label: string, text: string, copyLabel?: string): HTMLElement {
  const block = after.cloneNode(true) as HTMLElement;
  const area = block.querySelector('textarea')!;
  area.id = id;
  area.textContent = text;
  block.querySelector('label')!.htmlFor = id;
  block.querySelector('label')!.textContent = label;
  const button = block.querySelector<HTMLButtonElement>('button[data-copy]')!;
  button.dataset.copy = id;
  if (copyLabel) button.textContent = copyLabel;
  after.after(block);
  return block;
}

/** Blocks for APA and BibTeX after the page's plain text; accessDates writes every format from the data. */
function citeFormats(): void {
  for (const details of document.querySelectorAll<HTMLElement>('details.cite[data-citation]')) {
    const first = details.querySelector('.cite-format');
    const area = first?.querySelector('textarea');
    const [own, ...rest] = CITE_FORMATS;
    const prefix = area ? area.id.slice(0, area.id.length - own!.id.length) : '';
    if (!first || !area || document.getElementById(`${prefix}${rest[0]!.id}`)) continue;
    let after: Element = first;
    for (const f of rest) {
      after = addBlock(after, `${prefix}${f.id}`, f.name, '', `Copy ${f.name}`);
      after.querySelector('textarea')!.rows = f.rows;
    }
  }
}

function copyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    if (button.dataset.ready) continue;
    button.dataset.ready = '1';
    button.hidden = false;
    const target = document.getElementById(button.dataset.copy ?? '');
    const status =
      button.nextElementSibling instanceof HTMLElement && button.nextElementSibling.matches('[data-copy-status]')
        ? button.nextElementSibling
        : null;
    button.addEventListener('click', () => {
      if (!target) return;
      const text = target instanceof HTMLTextAreaElement ? target.value : (target.textContent ?? '');
      const done = (msg: string) => {
        if (status) status.textContent = msg;
      };
      if (navigator.clipboard)
        navigator.clipboard.writeText(text).then(
          () => done('Copied.'),
          () => done('Select the text and copy it.'),
        );
      else done('Select the text and copy it.');
    });
  }
}

function accessDates(): void {
  const today = readerToday();
  for (const el of document.querySelectorAll<HTMLElement>('[data-date]')) {
    el.textContent = formatDate(today, el.dataset.date as DateStyle);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-accessed-note]')) el.textContent = 'today';
  // Citations carry the build date as their access date: each is written again from its data, dated today (not by
  // swapping the date's text, which a title could contain).
  for (const details of document.querySelectorAll<HTMLElement>('details.cite[data-citation]'))
    writeCitation(details, today);
}

/**
 * The other themes' snippets, from the one the page carries (the default, light): only the frame's address differs.
 * Without JavaScript the page shows that snippet alone, and says how to change the colours.
 */
function embedThemes(): void {
  for (const details of document.querySelectorAll<HTMLElement>('details.embed-control[data-embed-url]')) {
    const first = details.querySelector(`.embed-snippet[data-theme-snippet="${DEFAULT_EMBED_THEME}"]`);
    const area = first?.querySelector('textarea');
    if (!first || !area || details.querySelectorAll('.embed-snippet').length > 1) continue;
    let after: Element = first;
    for (const theme of EMBED_THEMES.filter((t) => t !== DEFAULT_EMBED_THEME)) {
      after = addBlock(
        after,
        `${area.id}-${theme}`,
        snippetLabel(theme),
        themedSnippet(area.value, details.dataset.embedUrl!, DEFAULT_EMBED_THEME, theme),
      );
      (after as HTMLElement).dataset.themeSnippet = theme;
      delete (after as HTMLElement).dataset.default; // a copy of the page's block, but not the default's
    }
    details.querySelector<HTMLElement>('fieldset.embed-theme')!.hidden = false;
  }
}

citeFormats();
embedThemes();
copyButtons();
accessDates();
