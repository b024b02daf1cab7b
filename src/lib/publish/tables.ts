// The published CSV tables (/data/results.csv, seats.csv, regions.csv): columns, and rows built from derived data.
import { areaByCode } from '../geography';
import { isMissing, type Maybe } from '../missing';
import type { Party } from '../parties';
import type { AreaMetrics, SeatMetrics } from '../schema/metrics';
import type { SeatResult } from '../schema/result';
import type { CsvValue } from '../format/csv';

const r2 = (v: number) => Math.round(v * 100) / 100;

function cell(v: Maybe<number> | number | null | undefined, notes: string[], name: string): CsvValue {
  if (v === null || v === undefined) return null;
  if (isMissing(v)) {
    notes.push(`${name}: ${v.missing}`);
    return null;
  }
  return r2(v);
}

export const RESULTS_COLUMNS = [
  'election',
  'ons_code',
  'constituency',
  'party',
  'votes',
  'share_pct',
  'estimated',
  'source',
] as const;

export function resultsRows(
  results: readonly SeatResult[],
  names: ReadonlyMap<string, string>,
): Record<string, CsvValue>[] {
  const out: Record<string, CsvValue>[] = [];
  for (const r of results) {
    for (const [party, votes] of Object.entries(r.votes) as [Party, number][]) {
      out.push({
        election: r.election,
        ons_code: r.code,
        constituency: names.get(r.code) ?? '',
        party,
        votes: r.estimated ? r2(votes) : votes,
        share_pct: r.validVotes > 0 ? r2((100 * votes) / r.validVotes) : null,
        estimated: r.estimated,
        source: r.sources[party] ?? r.sources.votes ?? r.sources['*'] ?? '',
      });
    }
  }
  return out;
}

export const SEATS_COLUMNS = [
  'election',
  'ons_code',
  'constituency',
  'region',
  'nation',
  'boundary_set',
  'electorate',
  'valid_votes',
  'turnout_pct',
  'winner',
  'second',
  'majority_votes',
  'majority_pct',
  'con_pct',
  'lab_pct',
  'ld_pct',
  'prev_election',
  'prev_winner',
  'con_change_pp',
  'lab_change_pp',
  'ld_change_pp',
  'swing_lab_to_con',
  'steed_swing_lab_to_con',
  'estimated',
  'notes',
] as const;

export function seatsRows(metrics: readonly SeatMetrics[]): Record<string, CsvValue>[] {
  return metrics.map((m) => {
    const notes: string[] = [];
    const row: Record<string, CsvValue> = {
      election: m.election,
      ons_code: m.code,
      constituency: m.name,
      region: areaByCode(m.region)?.name ?? m.region,
      nation: areaByCode(m.nation)?.name ?? m.nation,
      boundary_set: m.boundarySet,
      electorate: m.electorate,
      valid_votes: m.estimated && m.election === '2019N' ? r2(m.validVotes) : m.validVotes,
      turnout_pct: cell(m.turnoutPct, notes, 'turnout_pct'),
      winner: m.winner,
      second: m.second,
      majority_votes: m.majorityVotes,
      majority_pct: cell(m.majorityPct, notes, 'majority_pct'),
      con_pct: cell(m.shares.con ?? null, notes, 'con_pct'),
      lab_pct: cell(m.shares.lab ?? null, notes, 'lab_pct'),
      ld_pct: cell(m.shares.ld ?? null, notes, 'ld_pct'),
      prev_election: m.prevElection,
      prev_winner: m.prevWinner,
      con_change_pp: cell(m.change.con ?? null, notes, 'con_change_pp'),
      lab_change_pp: cell(m.change.lab ?? null, notes, 'lab_change_pp'),
      ld_change_pp: cell(m.change.ld ?? null, notes, 'ld_change_pp'),
      swing_lab_to_con: cell(m.swingLabToCon, notes, 'swing_lab_to_con'),
      steed_swing_lab_to_con: cell(m.steedSwing, notes, 'steed_swing_lab_to_con'),
      estimated: m.estimated,
    };
    for (const p of ['con', 'lab', 'ld'] as const)
      if (m.shares[p] === undefined) notes.push(`${p}_pct: party-did-not-stand`);
    row.notes = [...new Set(notes)].join('; ');
    return row;
  });
}

export const REGIONS_COLUMNS = [
  'election',
  'area_code',
  'area',
  'kind',
  'seats',
  'electorate',
  'valid_votes',
  'turnout_pct',
  'con_seats',
  'lab_seats',
  'ld_seats',
  'con_pct',
  'lab_pct',
  'ld_pct',
  'prev_election',
  'con_change_pp',
  'lab_change_pp',
  'ld_change_pp',
  'swing_lab_to_con',
  'steed_swing_lab_to_con',
  'estimated',
  'notes',
] as const;

export function regionsRows(areas: readonly AreaMetrics[]): Record<string, CsvValue>[] {
  return areas.map((a) => {
    const notes: string[] = [];
    return {
      election: a.election,
      area_code: a.area,
      area: a.areaName,
      kind: a.kind,
      seats: a.seats,
      electorate: a.electorate,
      valid_votes: a.estimated && a.election === '2019N' ? r2(a.validVotes) : a.validVotes,
      turnout_pct: cell(a.turnoutPct, notes, 'turnout_pct'),
      con_seats: a.seatsWon.con ?? 0,
      lab_seats: a.seatsWon.lab ?? 0,
      ld_seats: a.seatsWon.ld ?? 0,
      con_pct: cell(a.shares.con ?? null, notes, 'con_pct'),
      lab_pct: cell(a.shares.lab ?? null, notes, 'lab_pct'),
      ld_pct: cell(a.shares.ld ?? null, notes, 'ld_pct'),
      prev_election: a.prevElection,
      con_change_pp: cell(a.change.con ?? null, notes, 'con_change_pp'),
      lab_change_pp: cell(a.change.lab ?? null, notes, 'lab_change_pp'),
      ld_change_pp: cell(a.change.ld ?? null, notes, 'ld_change_pp'),
      swing_lab_to_con: cell(a.swingLabToCon, notes, 'swing_lab_to_con'),
      steed_swing_lab_to_con: cell(a.steedSwing, notes, 'steed_swing_lab_to_con'),
      estimated: a.estimated,
      notes: notes.join('; '),
    };
  });
}
