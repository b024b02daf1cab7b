// View model of /membership/local/: the public facts the in-browser tool joins to (per boundary set), build-time hex
// maps of both sets, the published constituency-party files (if any) and the fictional sample.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as data from '../data/index';
import { electionsOn, type BoundarySet } from '../lib/elections';
import { MISSING_COLOUR } from '../lib/maps/colour';
import { packNav } from '../lib/maps/nav-table';
import { renderMapSvg } from '../lib/maps/svg';
import { COLUMNS, DEFAULT_THRESHOLD, type ColumnSpec } from '../lib/membership/format';
import {
  DATE_FORMAT_LABELS,
  DATE_FORMATS,
  FIELD_LABELS,
  MAPPED_FIELDS,
  type DateFormat,
  type MappedField,
} from '../lib/membership/mapping';
import { NOTHING_PUBLISHED, type PublishedFile, type PublishedMembership } from '../lib/membership/published';
import { packReference, type PackedReference, type Reference } from '../lib/membership/reference';
import { formatCount } from '../lib/membership/suppress';
import { setLabel } from '../lib/membership/directory';
import { seatUrl } from '../site/paths';

export const SAMPLE_NAME = 'groundwork-example-fictional.csv';
const SETS: BoundarySet[] = ['2010', '2024'];

export function reference(set: BoundarySet): Reference {
  const seats = data
    .seats()
    .filter((s) => s.boundarySet === set)
    .sort((a, b) => a.code.localeCompare(b.code));
  return {
    set,
    seats: new Map(seats.map((s) => [s.code, { code: s.code, name: s.name, region: s.region }])),
    elections: electionsOn(set).map((e) => {
      const facts = new Map(
        data.metricsOf(e.id).map((m) => [m.code, { electorate: m.electorate, lab: m.shares.lab ?? null }]),
      );
      return { id: e.id, label: e.label, date: e.date, estimated: e.notional, facts };
    }),
  };
}

function hexMap(set: BoundarySet): string {
  const geom = data.mapGeometry(`hex-${set}`);
  const names = new Map(
    data
      .seats()
      .filter((s) => s.boundarySet === set)
      .map((s) => [s.code, s.name]),
  );
  return renderMapSvg(geom, {
    fill: () => MISSING_COLOUR,
    label: (code) => `${names.get(code) ?? code}: no figures loaded`,
    href: (code) => seatUrl(code),
    title: `Hex map of the ${setLabel(set)} constituencies, coloured by the membership figures loaded`,
    description:
      'Each hexagon is one constituency, placed roughly where it is but all the same size. Seats with no figure are grey and hatched. Choose a seat to see its trend.',
    idPrefix: `ml-hex-${set}`,
    className: 'ml-map',
  });
}

/** The published files, or nothing when the pipeline wrote none (the default). */
export function publishedMembership(): PublishedMembership {
  const parsed = data.localMembership() as Partial<PublishedMembership> | null;
  if (parsed === null) return NOTHING_PUBLISHED;
  return { files: Array.isArray(parsed?.files) ? parsed.files : [] };
}

export interface LatestRow {
  code: string;
  name: string;
  date: string;
  members: string;
  activists: string;
  trained: string;
}

/** Each seat's latest published figures, counts already suppressed ("fewer than 10"). */
export function latestPublished(f: PublishedFile): LatestRow[] {
  const latest = new Map<string, PublishedFile['records'][number]>();
  for (const r of f.records) if ((latest.get(r.code)?.date ?? '') < r.date) latest.set(r.code, r);
  return [...latest.values()]
    .map((r) => {
      const seat = data.seatOn(r.code, f.boundarySet);
      return {
        code: r.code,
        name: seat?.name ?? r.code,
        date: r.date,
        members: formatCount(r.members),
        activists: formatCount(r.activists),
        trained: formatCount(r.trained),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

export interface MembershipLocalView {
  references: PackedReference[];
  /** Each set's hex map, and its arrow-key neighbours packed against the set's reference codes (lib/maps/nav-table). */
  maps: { set: BoundarySet; svg: string; nav: number[] }[];
  published: PublishedMembership;
  sampleCsv: string;
  sampleName: string;
  columns: readonly ColumnSpec[];
  threshold: number;
  /** The column choice's fields and date formats, in the order the form shows them. */
  mappingFields: { field: MappedField; label: string }[];
  dateFormats: { value: DateFormat; label: string }[];
}

export function membershipLocalView(): MembershipLocalView {
  const references = SETS.map((s) => packReference(reference(s)));
  return {
    references,
    maps: SETS.map((set, i) => ({
      set,
      svg: hexMap(set),
      nav: packNav(data.mapGeometry(`hex-${set}`).seats, references[i]!.codes),
    })),
    published: publishedMembership(),
    sampleCsv: readFileSync(join(process.cwd(), 'public/examples', SAMPLE_NAME), 'utf8'),
    sampleName: SAMPLE_NAME,
    columns: COLUMNS,
    threshold: DEFAULT_THRESHOLD,
    mappingFields: MAPPED_FIELDS.map((field) => ({ field, label: FIELD_LABELS[field] })),
    dateFormats: DATE_FORMATS.map((value) => ({ value, label: DATE_FORMAT_LABELS[value] })),
  };
}
