// Parser for the House of Commons Library per-election results files (2015, 2017, 2019, 2024 layouts), and the
// validate phase's reading of all four against their boundary set's codes and names.
import type { ElectionId } from '../../src/lib/elections';
import { nationOfSeat } from '../../src/lib/geography';
import { HOC_PARTY_COLUMNS } from '../../src/lib/hoc-columns';
import type { Party } from '../../src/lib/parties';
import type { SeatResult } from '../../src/lib/schema/result';
import { normaliseName } from '../../src/lib/search/normalise';
import { DataError } from '../../src/lib/data-error';
import { knownPartyFromLabel, unknownLabelReason } from '../lib/labels';
import type { Ledger } from '../lib/ledger';
import { regionName, regionNation, regionOfRow } from '../lib/regions';
import { cells, readTable, type Cells } from '../../src/lib/csv/read';
import type { SourceReader, SourceText } from '../steps/acquire';
import type { BoundaryCodes } from '../steps/boundary-names';

export interface HocLayout {
  code: string;
  regionCode: string;
  regionName: string;
  name: string;
  first: string;
  second: string;
  electorate: string;
  valid: string;
  majority: string;
  /** Column name -> party; the 'other' column holds all other candidates. */
  parties: Record<string, Party>;
  otherWinner: string | null;
  /** Columns of the Library's file that Groundwork does not use; any other column is reported as unexpected. */
  unused: readonly string[];
}

const NEW_LAYOUT_BASE = {
  code: 'ONS ID',
  regionCode: 'ONS region ID',
  regionName: 'Region name',
  name: 'Constituency name',
  first: 'First party',
  second: 'Second party',
  electorate: 'Electorate',
  valid: 'Valid votes',
  majority: 'Majority',
  otherWinner: 'Of which other winner',
  unused: [
    'County name',
    'Country name',
    'Constituency type',
    'Declaration time',
    'Member first name',
    'Member surname',
    'Member gender',
    'Result',
    'Invalid votes',
  ],
};
const OLD_LAYOUT_BASE = {
  code: 'ons_id',
  regionCode: 'ons_region_id',
  regionName: 'region_name',
  name: 'constituency_name',
  first: 'first_party',
  second: 'second_party',
  electorate: 'electorate',
  valid: 'valid_votes',
  majority: 'majority',
  unused: ['county_name', 'country_name', 'constituency_type', 'declaration_time', 'result', 'invalid_votes'],
};
export const LAYOUTS: Record<'2015' | '2017' | '2019' | '2024', HocLayout> = {
  '2015': { ...OLD_LAYOUT_BASE, parties: HOC_PARTY_COLUMNS['2015'], otherWinner: null },
  '2017': { ...OLD_LAYOUT_BASE, parties: HOC_PARTY_COLUMNS['2017'], otherWinner: 'other_winner' },
  '2019': { ...NEW_LAYOUT_BASE, parties: HOC_PARTY_COLUMNS['2019'] },
  '2024': { ...NEW_LAYOUT_BASE, parties: HOC_PARTY_COLUMNS['2024'] },
};

export interface SeatInfo {
  code: string;
  name: string;
  region: string;
  nation: string;
}

export interface ParsedElection {
  results: SeatResult[];
  seats: SeatInfo[];
}

/** Carve the votes of a candidate counted inside "All other candidates" out into its own party. */
function carve(c: Cells, votes: Partial<Record<Party, number>>, party: Party, amount: number, field: string): void {
  if (party === 'other') return;
  const other = votes.other ?? 0;
  if (amount <= 0 || amount > other)
    c.fail(field, `cannot take ${amount} votes for ${party} out of ${other} other votes`);
  votes[party] = (votes[party] ?? 0) + amount;
  if (other - amount > 0) votes.other = other - amount;
  else delete votes.other;
}

export function parseHocResults(
  args: {
    source: string;
    file: string;
    text: string;
    election: ElectionId;
    layout: HocLayout;
    knownCodes: ReadonlySet<string>;
    /** Seat names by code from the boundary file; a row whose name does not match its code's stops the build. */
    knownNames?: ReadonlyMap<string, string>;
  },
  ledger: Ledger,
): ParsedElection {
  const { layout, file } = args;
  const required = [
    layout.code,
    layout.regionCode,
    layout.regionName,
    layout.name,
    layout.first,
    layout.second,
    layout.electorate,
    layout.valid,
    layout.majority,
    ...Object.keys(layout.parties),
    ...(layout.otherWinner ? [layout.otherWinner] : []),
  ];
  const table = readTable(file, args.text, { requiredColumns: required, knownColumns: layout.unused });
  ledger.read(args.source, file, table.rows.length);
  for (const n of table.notes) ledger.note(args.source, file, n);
  const regionNotes = new Map<string, number>();
  const results: SeatResult[] = [];
  const seats: SeatInfo[] = [];
  const firstLine = new Map<string, number>();
  for (const c of cells(table)) {
    const code = c.str(layout.code);
    if (!args.knownCodes.has(code))
      c.fail(
        layout.code,
        `unknown constituency code "${code}" (not in the ${args.election === '2024' ? '2024' : '2010-2023'} boundary set)`,
      );
    const dup = firstLine.get(code);
    if (dup !== undefined) c.fail(layout.code, `duplicate constituency code ${code} (first on line ${dup})`);
    firstLine.set(code, c.line);
    // A line break or run of spaces inside a quoted name is read as one space (the name is the same seat's).
    const written = c.str(layout.name).replace(/\s+/g, ' ');
    if (!written) c.fail(layout.name, 'empty constituency name');
    const known = args.knownNames?.get(code);
    if (known !== undefined && normaliseName(known) !== normaliseName(written)) {
      c.fail(layout.name, `"${written}" is not the name the boundary file gives ${code} ("${known}")`);
    }
    // Where the two differ only in capitals, the seat takes the ONS boundary file's: the Library's files write "Isle Of
    // Wight", "Newcastle Upon Tyne Central" and "Stoke-On-Trent South". Otherwise the Library's stands: it keeps the
    // "ŵ" of Montgomeryshire and Glyndŵr, which the ONS file drops.
    const name = known !== undefined && known.toLowerCase() === written.toLowerCase() ? known : written;
    const electorate = c.count(layout.electorate);
    const validVotes = c.count(layout.valid);
    if (electorate === 0) c.fail(layout.electorate, 'electorate is zero');
    if (validVotes > electorate) c.fail(layout.valid, `valid votes ${validVotes} exceed the electorate ${electorate}`);
    const votes: Partial<Record<Party, number>> = {};
    let sum = 0;
    for (const [col, party] of Object.entries(layout.parties)) {
      const v = c.count(col, 0);
      sum += v;
      if (v > 0) votes[party] = v;
    }
    if (sum !== validVotes) c.fail(layout.valid, `party votes sum to ${sum}, not the ${validVotes} valid votes`);
    const majority = c.count(layout.majority);
    const label = (column: string): Party =>
      knownPartyFromLabel(c.str(column)) ?? c.fail(column, unknownLabelReason(c.str(column)));
    const winner = label(layout.first);
    const second = label(layout.second);
    if (majority > validVotes)
      c.fail(layout.majority, `majority ${majority} is more than the ${validVotes} valid votes`);
    const named = (p: Party) => p !== 'other' && Object.values(layout.parties).includes(p);
    let winnerVotes: number;
    if (named(winner)) {
      winnerVotes = votes[winner] ?? c.fail(layout.first, `winner ${c.str(layout.first)} has no votes`);
    } else {
      const ow = layout.otherWinner ? c.count(layout.otherWinner, 0) : 0;
      if (ow > 0) winnerVotes = ow;
      else if (named(second)) winnerVotes = (votes[second] ?? 0) + majority;
      else
        return c.fail(
          layout.first,
          "cannot tell the winner's votes: winner and runner-up are both outside the named parties",
        );
      carve(c, votes, winner, winnerVotes, layout.first);
    }
    let secondVotes: number;
    if (named(second)) {
      secondVotes = votes[second] ?? c.fail(layout.second, `runner-up ${c.str(layout.second)} has no votes`);
      if (winnerVotes - secondVotes !== majority) {
        c.fail(layout.majority, `majority ${majority} is not winner ${winnerVotes} minus runner-up ${secondVotes}`);
      }
    } else {
      secondVotes = winnerVotes - majority;
      if (secondVotes < 0)
        c.fail(layout.majority, `majority ${majority} is more than the winner's ${winnerVotes} votes`);
      if (second !== 'other') carve(c, votes, second, secondVotes, layout.second);
    }
    for (const [p, v] of Object.entries(votes) as [Party, number][]) {
      if (p !== 'other' && p !== winner && v > winnerVotes)
        c.fail(layout.first, `${p} has ${v} votes, more than the winner's ${winnerVotes}`);
    }
    const region = regionOfRow(c, layout.regionCode, layout.regionName, regionNotes);
    const nation = nationOfSeat(code);
    if (regionNation(region) !== nation) {
      c.fail(
        layout.regionCode,
        `region ${region} (${regionName(region)}) is not in the nation of ${code} (${nation}, from the code's prefix)`,
      );
    }
    results.push({
      election: args.election,
      code,
      electorate,
      validVotes,
      votes,
      winner,
      second,
      majority,
      estimated: false,
      sources: { '*': args.source },
    });
    seats.push({ code, name, region, nation });
    ledger.used(args.source, file);
  }
  for (const code of args.knownCodes) {
    if (!firstLine.has(code))
      throw new DataError(file, null, layout.code, `constituency ${code} is missing (expected all 650 seats)`);
  }
  for (const [text, n] of regionNotes) ledger.note(args.source, file, `${text} (${n} ${n === 1 ? 'row' : 'rows'})`);
  if (results.length !== 650) throw new DataError(file, null, null, `${results.length} seats, expected 650`);
  return { results, seats };
}

/**
 * The results of 2015-2024 by election, and the seats (code, name, region) of each boundary set: the 2010-2023 set's
 * from the 2019 file, the 2024 set's from the 2024 file. Also each file's text, which the members' names are read from.
 */
export function hocResults({ text, progress }: SourceReader, ledger: Ledger, codes: BoundaryCodes) {
  const results = new Map<ElectionId, SeatResult[]>();
  const seatInfo = new Map<'2010' | '2024', SeatInfo[]>();
  const texts = new Map<ElectionId, SourceText>();
  for (const id of ['2015', '2017', '2019', '2024'] as const) {
    const src = `hoc-ge${id}`;
    texts.set(id, text(src));
    const parsed = parseHocResults(
      {
        ...texts.get(id)!,
        source: src,
        election: id,
        layout: LAYOUTS[id],
        knownCodes: id === '2024' ? codes.knownNew : codes.knownOld,
        knownNames: id === '2024' ? codes.namesNew : codes.namesOld,
      },
      ledger,
    );
    results.set(id, parsed.results);
    if (id === '2019') seatInfo.set('2010', parsed.seats);
    if (id === '2024') seatInfo.set('2024', parsed.seats);
    progress(src);
  }
  return { results, seatInfo, texts };
}
