// The footer line of a social card: the page's address without the scheme. Not the data version: a card shows only
// its own figures, so a data change that leaves them alone leaves the card's bytes (and its cached PNG) alone too.
import { absolute } from '../site/paths';

export function cardFooter(path: string, site: URL | undefined): string {
  const u = new URL(absolute(path, site));
  return `${u.host}${u.pathname}`;
}
