// Writes a Cite control's text in every format from its data-citation, dated today in the reader's calendar: for a
// control whose citation changes on the page (a map switched to another view), the formats are written again from
// the data, never edited as text (BibTeX escapes a title, so a plain swap of the old title would miss it there).
import { CITE_FORMATS, citation, citationText, type CiteData } from '../lib/export/cite';

/** Today's date in the reader's calendar, carried in UTC fields (formatDate reads UTC fields). */
export function readerToday(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

/** Every format's textarea in `details` (ids ending in the format's id), written from its data-citation. */
export function writeCitation(details: HTMLElement, accessed: Date = readerToday()): void {
  const c = citation({ ...(JSON.parse(details.dataset.citation ?? '{}') as CiteData), accessed });
  for (const f of CITE_FORMATS) {
    const area = details.querySelector<HTMLTextAreaElement>(`textarea[data-cite][id$="-${f.id}"]`);
    if (area) area.value = citationText(c[f.id], accessed);
  }
}
