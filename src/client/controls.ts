// Browser enhancement for graphic and citation controls: copy buttons, and today's date in citations.
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
  // A citation names its access date in one style (data-cite): the build date (data-built) becomes today's.
  for (const el of document.querySelectorAll<HTMLTextAreaElement>('textarea[data-cite][data-built]')) {
    const style = el.dataset.cite as DateStyle;
    const built = formatDate(new Date(`${el.dataset.built}T00:00:00Z`), style);
    el.value = el.value.split(built).join(formatDate(today, style));
  }
}

copyButtons();
accessDates();
