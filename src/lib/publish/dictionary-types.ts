// The data dictionary's types (a table, its columns, keys and licences) and the licences the published tables carry.

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface ColumnDoc {
  column: string;
  meaning: string;
  type: FieldType;
  /** Unit of a number, e.g. "percent", "percentage points", "votes". */
  unit?: string;
  /** Allowed values of a code column. */
  values?: readonly string[];
  /** True when the cell is never empty. */
  required?: boolean;
}

export interface ForeignKeyDoc {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface LicenceDoc {
  /** SPDX-style id where one exists (e.g. "CC-BY-4.0", "OGL-UK-3.0"), else null. */
  name: string | null;
  title: string;
  path: string;
}

export interface TableDoc {
  file: string;
  title: string;
  grain: string;
  /** Where the table is used on the site (path without the base), for "used on" links. */
  usedOn: string[];
  columns: ColumnDoc[];
  primaryKey: string[];
  foreignKeys?: ForeignKeyDoc[];
  /** Ids from data/sources.json that feed the table; curated tables cite a source on every row instead. */
  sources: string[];
  /** The licences of the material in the table; empty when none is stated (said in licenceNote). */
  licences: LicenceDoc[];
  licenceNote: string;
  /** Hand-curated from cited sources (data/ in the repository), rather than derived from the raw files. */
  curated: boolean;
}

export const LICENCES = {
  opl: {
    name: 'OPL-3.0',
    title: 'Open Parliament Licence v3.0',
    path: 'https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/',
  },
  ogl: {
    name: 'OGL-UK-3.0',
    title: 'Open Government Licence v3.0',
    path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  },
  ccby: {
    name: 'CC-BY-4.0',
    title: 'Creative Commons Attribution 4.0',
    path: 'https://creativecommons.org/licenses/by/4.0/',
  },
} as const satisfies Record<string, LicenceDoc>;
