// The footer line of a social card: data version and the page's address without the scheme.
import { dataVersion } from '../data/index';
import { absolute } from '../site/paths';

export function cardFooter(path: string, site: URL | undefined): string {
  const u = new URL(absolute(path, site));
  return `Data version ${dataVersion()} · ${u.host}${u.pathname}`;
}
