// CSV downloads of the seat figures and of an analysis (formula-safe; published counts stay suppressed).
import { toCsvFile } from '../format/csv';
import type { AnalysisResult } from './analysis';
import { regionName } from './analysis';
import { allRecords } from './figures';
import { perThousand } from './measures';
import { nearestElection, type Reference } from './reference';
import { formatCount } from './suppress';
import { isSuppressed, type Dataset } from './types';
import { roundTo } from '../format/numbers';

export function sourceLine(dataset: Dataset): string {
  if (!dataset.published || !dataset.source)
    return `your own file${dataset.fileName ? ` ${dataset.fileName}` : ''} (private; not suppressed)`;
  const s = dataset.source;
  return `${s.source}${s.sourceUrl ? ` <${s.sourceUrl}>` : ''}; licence: ${s.licence}; counts under ${dataset.threshold ?? 10} suppressed`;
}

export const SEAT_FIGURE_COLUMNS = [
  'ons_code',
  'constituency',
  'region',
  'date',
  'members',
  'activists',
  'trained',
  'members_per_1000_electors',
  'electorate_from_election',
  'party',
  'data_source',
] as const;

export function seatFiguresCsv(dataset: Dataset, ref: Reference): string {
  const source = sourceLine(dataset);
  const rows = [...allRecords(dataset.figures)].map((r) => {
    const per = isSuppressed(r.members) ? null : perThousand(ref, r.code, r.date, r.members);
    const seat = ref.seats.get(r.code);
    return {
      ons_code: r.code,
      constituency: seat?.name ?? '',
      region: seat ? regionName(seat.region) : '',
      date: r.date,
      members: isSuppressed(r.members) ? formatCount(r.members) : r.members,
      activists: r.activists === null ? null : isSuppressed(r.activists) ? formatCount(r.activists) : r.activists,
      trained: r.trained === null ? null : isSuppressed(r.trained) ? formatCount(r.trained) : r.trained,
      members_per_1000_electors: per && 'value' in per ? roundTo(per.value, 2) : null,
      electorate_from_election: per && 'value' in per ? (nearestElection(ref, r.date)?.label ?? null) : null,
      party: dataset.party,
      data_source: source,
    };
  });
  return toCsvFile(SEAT_FIGURE_COLUMNS, rows);
}

export const ANALYSIS_COLUMNS = [
  'ons_code',
  'constituency',
  'region',
  'date_from',
  'members_from',
  'date_to',
  'members_to',
  'membership_change',
  'membership_change_measure',
  'election_before',
  'lab_share_before',
  'election_after',
  'lab_share_after',
  'lab_change_points',
  'data_source',
] as const;

export function analysisCsv(a: AnalysisResult, dataset: Dataset): string {
  const source = sourceLine(dataset);
  const measure = {
    absolute: 'members',
    percent: 'percent of members on date_from',
    per1000: 'members per 1,000 electors',
  }[a.options.measure];
  return toCsvFile(
    ANALYSIS_COLUMNS,
    a.rows.map((r) => ({
      ons_code: r.code,
      constituency: r.name,
      region: r.regionName,
      date_from: a.options.from,
      members_from: r.membersFrom,
      date_to: a.options.to,
      members_to: r.membersTo,
      membership_change: roundTo(r.change, 4),
      membership_change_measure: measure,
      election_before: a.before.label,
      lab_share_before: roundTo(r.labBefore, 2),
      election_after: a.after.label,
      lab_share_after: roundTo(r.labAfter, 2),
      lab_change_points: roundTo(r.labChange, 2),
      data_source: source,
    })),
  );
}
