// datapackage.json: a Frictionless Tabular Data Package describing every published CSV (Table Schema with types,
// units, missing values, primary and foreign keys), with licences and sources per resource. Made from the dictionary.
import { DICTIONARY } from './dictionary';
import type { ColumnDoc, TableDoc } from './dictionary-types';

export interface SourceRef {
  id: string;
  title: string;
  publisherUrl: string | null;
  licence: string;
}

const FOREIGN_KEYS: Record<string, { fields: string[]; reference: { resource: string; fields: string[] } }[]> = {
  'results.csv': [
    { fields: ['election', 'ons_code'], reference: { resource: 'seats', fields: ['election', 'ons_code'] } },
  ],
  'organisers.csv': [
    { fields: ['election', 'ons_code'], reference: { resource: 'seats', fields: ['election', 'ons_code'] } },
  ],
  'seat-sets.csv': [
    { fields: ['election', 'ons_code'], reference: { resource: 'seats', fields: ['election', 'ons_code'] } },
  ],
};

export const resourceName = (file: string) => file.replace(/\.csv$/, '');

function field(c: ColumnDoc) {
  const constraints: Record<string, unknown> = {};
  if (c.required) constraints.required = true;
  if (c.values) constraints.enum = [...c.values];
  return {
    name: c.column,
    type: c.type,
    ...(c.type === 'date' ? { format: 'default' } : {}),
    description: c.unit ? `${c.meaning} Unit: ${c.unit}.` : c.meaning,
    ...(c.unit ? { unit: c.unit } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

function resource(t: TableDoc, sources: readonly SourceRef[], rows: number) {
  const used = sources.filter((s) => t.sources.includes(s.id));
  return {
    name: resourceName(t.file),
    path: t.file,
    profile: 'tabular-data-resource',
    title: t.title,
    description: `${t.grain} ${t.licenceNote}`,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', header: true, doubleQuote: true, lineTerminator: '\n' },
    // Not part of the standard: the number of data rows, so a download can be checked.
    rows,
    ...(t.licences.length
      ? { licenses: t.licences.map((l) => ({ ...(l.name ? { name: l.name } : {}), path: l.path, title: l.title })) }
      : {}),
    sources: t.curated
      ? [{ title: 'Hand-curated: every row names its own source in source_url and source_title' }]
      : used.map((s) => ({ title: `${s.title} (${s.licence})`, ...(s.publisherUrl ? { path: s.publisherUrl } : {}) })),
    schema: {
      fields: t.columns.map(field),
      missingValues: [''],
      primaryKey: t.primaryKey,
      ...(FOREIGN_KEYS[t.file] ? { foreignKeys: FOREIGN_KEYS[t.file] } : {}),
    },
  };
}

export function dataPackage(opts: {
  version: string;
  homepage: string;
  created: string | null;
  sources: readonly SourceRef[];
  rows: (file: string) => number;
}) {
  return {
    profile: 'tabular-data-package',
    name: 'groundwork',
    title:
      'Groundwork: UK general elections by constituency, 2010-2024, with curated evidence on community organising and party membership',
    description:
      'Every table published by Groundwork. CSV files are UTF-8 with a byte-order mark; text cells a spreadsheet would run as formulas start with an apostrophe (numbers, negative ones included, are plain numbers). Licences differ by file and are given on each resource drawn from licensed sources; Groundwork’s own hand-curated files (organisers, seat-sets, membership) state no licence of their own and carry a source on every row.',
    version: opts.version,
    homepage: opts.homepage,
    ...(opts.created ? { created: `${opts.created}T00:00:00Z` } : {}),
    keywords: ['elections', 'constituencies', 'United Kingdom', 'party membership', 'community organising'],
    contributors: [{ title: 'Groundwork', role: 'publisher' }],
    resources: DICTIONARY.map((t) => resource(t, opts.sources, opts.rows(t.file))),
  };
}
