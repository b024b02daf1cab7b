// The panel under the header search box: a postcode's answer with its credit line, or a line of text (nothing
// matches, "Looking up …", a network error), each announced through the search's status as well.
import type { PostcodeResolution } from '../lib/postcode/resolve';
import { POSTCODE_CREDITS } from '../lib/search/credit';
import { SEATS_LIST_PATH } from '../lib/search/paths';
import { el } from './dom';
import { answerRows } from './seat-search-answer';
import type { Seats } from './seat-search-data';

interface PanelParts {
  panel: HTMLElement;
  reason: HTMLElement;
  found: HTMLElement;
  credit: HTMLElement;
}

interface PanelHooks {
  /** Says a text through the search's live status. */
  announce: (text: string) => void;
  /** Empties and closes the list of options (the panel replaces it). */
  clearOptions: () => void;
}

export function searchPanel({ panel, reason, found, credit }: PanelParts, base: string, hooks: PanelHooks) {
  const hide = () => {
    panel.hidden = true;
    reason.textContent = '';
    found.replaceChildren();
  };

  /** A line of text (and links) in the panel under the box, announced as well. */
  const say = (...parts: (string | HTMLElement)[]) => {
    hooks.clearOptions();
    panel.hidden = false;
    credit.hidden = true;
    found.replaceChildren();
    reason.replaceChildren(...parts);
    hooks.announce(reason.textContent ?? '');
  };

  const sayNoMatch = (text: string) =>
    say(
      `No seat matches “${text.trim().slice(0, 40)}”. Try part of the name, a postcode, or `,
      el('a', { href: `${base}${SEATS_LIST_PATH}` }, 'all seats A–Z'),
      '.',
    );

  const showResolution = (r: PostcodeResolution, seats: Seats | null) => {
    panel.hidden = false;
    reason.textContent = r.reason;
    const { rows, links } = answerRows(r, seats, base);
    found.replaceChildren(...rows);
    credit.hidden = r.basis === null;
    credit.replaceChildren(
      ...(r.basis === null
        ? []
        : [
            el(
              'p',
              { 'data-basis': r.basis },
              ...POSTCODE_CREDITS[r.basis].map((c) =>
                typeof c === 'string' ? c : el('a', { href: c.href, rel: 'noopener' }, c.text),
              ),
            ),
          ]),
    );
    hooks.clearOptions();
    hooks.announce(
      links ? `${r.reason} ${links === 1 ? 'A link follows' : `${links} links follow`} the search box.` : r.reason,
    );
  };

  const showNetworkError = () =>
    say('The seat data could not be downloaded (network error). Check your connection and try again.');

  return { hide, say, sayNoMatch, showResolution, showNetworkError };
}
