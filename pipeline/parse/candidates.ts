// Parser for the people in the official results: the Library's 2024 results by candidate, and the member's name
// in the 2019 and 2024 results-by-constituency files. Joined on ONS codes and checked against the seat results.
import type { ElectionId } from '../../src/lib/elections';
import type { SeatResult } from '../../src/lib/schema/result';
import type { Candidate, Member } from '../../src/lib/schema/candidate';
import { DataError } from '../../src/lib/data-error';
import { partyFromLabel } from '../lib/labels';
import type { Ledger } from '../lib/ledger';
import { cells, readTable } from '../../src/lib/csv/read';
import { decodeTextReport } from '../../src/lib/text';
import type { SourceReader, SourceText } from '../steps/acquire';
import type { BoundaryCodes } from '../steps/boundary-names';

const CANDIDATE_COLUMNS = [
  'ONS ID',
  'Constituency name',
  'Party name',
  'Party abbreviation',
  'Candidate first name',
  'Candidate surname',
  'Votes',
] as const;
const CANDIDATE_UNUSED = [
  'ONS region ID',
  'County name',
  'Region name',
  'Country name',
  'Constituency type',
  'Electoral Commission party ID',
  'MNIS party ID',
  'Electoral Commission adjunct party ID',
  'Candidate gender',
  'Sitting MP',
  'Former MP',
  'Member MNIS ID',
  'Share',
  'Change',
  'DC Person ID',
];

/**
 * Undo UTF-8 encoded twice (the Library's file spells Áine as "Ã\u0081ine"): a two-byte character whose bytes were
 * each encoded again, C3 [80-9F] C2 [80-BF], becomes the original [C0-DF] [80-BF]. Returns the 1-based lines repaired.
 */
export function repairDoubleUtf8(bytes: Uint8Array): { bytes: Uint8Array; lines: number[] } {
  const out: number[] = [];
  const lines: number[] = [];
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 10) line++;
    if (
      b === 0xc3 &&
      i + 3 < bytes.length &&
      bytes[i + 1]! >= 0x80 &&
      bytes[i + 1]! <= 0x9f &&
      bytes[i + 2] === 0xc2 &&
      bytes[i + 3]! >= 0x80 &&
      bytes[i + 3]! <= 0xbf
    ) {
      out.push(bytes[i + 1]! + 0x40, bytes[i + 3]!);
      if (lines[lines.length - 1] !== line) lines.push(line);
      i += 3;
      continue;
    }
    out.push(b);
  }
  return { bytes: Uint8Array.from(out), lines };
}

const fullName = (first: string, surname: string) => `${first} ${surname}`.trim();

/**
 * Every 2024 candidate. Each seat's candidate votes must add up to its valid votes in the results file, and the
 * candidate with the most votes must be of the winning party; a seat with no candidates stops the build.
 */
export function parseCandidates2024(
  args: { source: string; file: string; text: string; results: readonly SeatResult[] },
  ledger: Ledger,
): Candidate[] {
  const table = readTable(args.file, args.text, { requiredColumns: CANDIDATE_COLUMNS, knownColumns: CANDIDATE_UNUSED });
  ledger.read(args.source, args.file, table.rows.length);
  for (const n of table.notes) ledger.note(args.source, args.file, n);
  const bySeat = new Map(args.results.map((r) => [r.code, r]));
  const out: Candidate[] = [];
  const lines = new Map<string, number[]>();
  for (const c of cells(table)) {
    const code = c.str('ONS ID');
    if (!bySeat.has(code)) c.fail('ONS ID', `unknown constituency code "${code}" (not in the 2024 results)`);
    const first = c.str('Candidate first name');
    const surname = c.str('Candidate surname');
    if (!surname && !first) c.fail('Candidate surname', 'candidate has no name');
    const partyName = c.str('Party name');
    if (!partyName) c.fail('Party name', 'empty party name');
    const abbrev = c.str('Party abbreviation');
    out.push({
      code,
      name: fullName(first, surname),
      party: partyFromLabel(abbrev || partyName, 2024),
      partyName,
      votes: c.count('Votes'),
      elected: false,
    });
    lines.set(code, [...(lines.get(code) ?? []), c.line]);
    ledger.used(args.source, args.file);
  }
  for (const [code, r] of bySeat) {
    const list = out.filter((x) => x.code === code);
    if (list.length === 0)
      throw new DataError(args.file, null, 'ONS ID', `no candidates for ${code} (expected every 2024 seat)`);
    const line = lines.get(code)![0]!;
    const sum = list.reduce((s, x) => s + x.votes, 0);
    if (sum !== r.validVotes)
      throw new DataError(
        args.file,
        line,
        'Votes',
        `candidates in ${code} have ${sum} votes, but the results file gives ${r.validVotes} valid votes`,
      );
    const top = Math.max(...list.map((x) => x.votes));
    const winners = list.filter((x) => x.votes === top);
    if (winners.length !== 1)
      throw new DataError(args.file, line, 'Votes', `${winners.length} candidates in ${code} tie on ${top} votes`);
    const w = winners[0]!;
    if (w.party !== r.winner && !(r.winner === 'other' || w.party === 'other')) {
      throw new DataError(
        args.file,
        line,
        'Party abbreviation',
        `the top candidate in ${code} stood for ${w.partyName}, but the results file's winner is ${r.winner}`,
      );
    }
    w.elected = true;
  }
  return out.sort((a, b) => a.code.localeCompare(b.code) || b.votes - a.votes);
}

/**
 * The member elected in each seat, from a results-by-constituency file's "Member first name" and "Member surname".
 * The rows are already counted in the ledger by the results parser; here each must name someone.
 */
export function parseMembers(args: {
  file: string;
  text: string;
  election: '2019' | '2024';
  codes: ReadonlySet<string>;
}): Member[] {
  const table = readTable(args.file, args.text, { requiredColumns: ['ONS ID', 'Member first name', 'Member surname'] });
  const out: Member[] = [];
  for (const c of cells(table)) {
    const code = c.str('ONS ID');
    if (!args.codes.has(code)) c.fail('ONS ID', `unknown constituency code "${code}"`);
    const name = fullName(c.str('Member first name'), c.str('Member surname'));
    if (!name) c.fail('Member surname', 'no member named');
    out.push({ election: args.election, code, name });
  }
  return out;
}

/** The elected 2024 candidate must be the member the results-by-constituency file names. */
export function checkMembers(candidates: readonly Candidate[], members: readonly Member[], file: string): void {
  const elected = new Map(candidates.filter((c) => c.elected).map((c) => [c.code, c.name]));
  for (const m of members) {
    if (m.election !== '2024') continue;
    const c = elected.get(m.code);
    if (c !== undefined && c.toLowerCase() !== m.name.toLowerCase()) {
      throw new DataError(
        file,
        null,
        'Candidate surname',
        `${m.code}: the top candidate is ${c}, but the results file's member is ${m.name}`,
      );
    }
  }
}

/**
 * The validate phase for people: the 2024 candidates (text encoded twice repaired and noted) checked against the 2024
 * results, and the members the 2019 and 2024 results files name, which must be the elected candidates.
 */
export function people(
  { get, progress }: SourceReader,
  ledger: Ledger,
  hoc: { results: ReadonlyMap<ElectionId, SeatResult[]>; texts: ReadonlyMap<ElectionId, SourceText> },
  { knownOld, knownNew }: BoundaryCodes,
): { candidates2024: Candidate[]; members: Member[] } {
  const candSrc = get('hoc-ge2024-candidates').source;
  const candRepair = repairDoubleUtf8(get('hoc-ge2024-candidates').bytes);
  if (candRepair.lines.length)
    ledger.note(
      candSrc.id,
      candSrc.file,
      `UTF-8 encoded twice on line${candRepair.lines.length > 1 ? 's' : ''} ${candRepair.lines.join(', ')} (e.g. "Ã\\u0081ine" for "Áine"): repaired`,
    );
  const candidates2024 = parseCandidates2024(
    {
      source: candSrc.id,
      file: candSrc.file,
      text: decodeTextReport(candSrc.file, candRepair.bytes, 'utf-8').text,
      results: hoc.results.get('2024')!,
    },
    ledger,
  );
  progress('hoc-ge2024-candidates');
  const members = (['2019', '2024'] as const).flatMap((id) =>
    parseMembers({ ...hoc.texts.get(id)!, election: id, codes: id === '2024' ? knownNew : knownOld }),
  );
  checkMembers(candidates2024, members, candSrc.file);
  return { candidates2024, members };
}
