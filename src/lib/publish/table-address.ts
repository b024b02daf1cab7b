// Where a table of a data version is served, from an address a reader may have built by hand: /data/v/{version}/{file}.
// A version serves from its own folder only the tables it changed (table-home.ts); the not-found page uses this to
// send a reader from the address they tried to the folder that holds the table.

/** Each version's published files, each with the version whose folder serves it. */
export type TableHomes = Record<string, Record<string, string>>;

export type TableAddress =
  | { kind: 'table'; version: string; file: string; home: string }
  | { kind: 'no-such-table'; version: string; file: string }
  | { kind: 'no-such-version'; version: string };

/** What `path` (below the site's base, without it) asks for, when it is a table address; null otherwise. */
export function tableAddress(path: string, homes: TableHomes): TableAddress | null {
  const m = /^data\/v\/([^/]+)\/([^/]+)$/.exec(path.replace(/^\/+/, ''));
  if (!m) return null;
  let version: string, file: string;
  try {
    version = decodeURIComponent(m[1]!);
    file = decodeURIComponent(m[2]!);
  } catch {
    return null; // not a well-formed address
  }
  const files = Object.hasOwn(homes, version) ? homes[version]! : undefined;
  if (!files) return { kind: 'no-such-version', version };
  const home = Object.hasOwn(files, file) ? files[file] : undefined;
  return home ? { kind: 'table', version, file, home } : { kind: 'no-such-table', version, file };
}
