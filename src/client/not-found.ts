// The not-found page, for an address of a data version's table built by hand (/data/v/{version}/{file}): a version
// serves from its own folder only the tables it changed, so this names the folder that holds the table, or says that
// the version or the file does not exist. Text only, from the page's own JSON of table homes.
import { tableAddress, type TableHomes } from '../lib/publish/table-address';
import { el } from './dom';

export function explainTableAddress(root: HTMLElement): void {
  const homes = JSON.parse(root.querySelector('script[data-table-homes]')?.textContent ?? '{}') as TableHomes;
  const base = root.dataset.base ?? '/';
  const path = window.location.pathname.startsWith(base) ? window.location.pathname.slice(base.length) : '';
  const found = tableAddress(path, homes);
  const out = root.querySelector<HTMLElement>('[data-table-address]');
  if (!found || !out) return;
  const versionPage = (v: string) => el('a', { href: `${base}data/v/${v}/` }, `data version ${v}`);
  if (found.kind === 'table') {
    const href = `${base}data/v/${found.home}/${found.file}`;
    out.replaceChildren(
      `${found.file} of `,
      versionPage(found.version),
      found.home === found.version
        ? ' is at '
        : ` is the same file as in data version ${found.home}, and is served from that version's folder: `,
      el('a', { href }, `${window.location.origin}${href}`),
      '.',
    );
  } else if (found.kind === 'no-such-table') {
    out.replaceChildren(
      versionPage(found.version),
      ` published no file called ${found.file}; its page lists the tables it published and where each is served.`,
    );
  } else {
    out.replaceChildren(
      `There is no data version ${found.version}. `,
      el('a', { href: `${base}data/` }, 'The data page'),
      ' lists every published version.',
    );
  }
  out.hidden = false;
}
