// Browser enhancement for graphic and citation controls: copy buttons, and today's date in citations.
import { citationText, type CitePiece } from '../lib/export/cite';
import { formatDate, type DateStyle } from '../lib/export/dates';

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
  const now = new Date();
  // formatDate reads UTC fields, so carry the reader's local calendar date in them.
  const today = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  for (const el of document.querySelectorAll<HTMLElement>('[data-date]')) {
    el.textContent = formatDate(today, el.dataset.date as DateStyle);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-accessed-note]')) el.textContent = 'today';
  for (const el of document.querySelectorAll<HTMLTextAreaElement>('textarea[data-cite]')) {
    el.value = citationText(JSON.parse(el.dataset.cite ?? '[]') as CitePiece[], today);
  }
}

copyButtons();
accessDates();
