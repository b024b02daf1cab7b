// Reads and builds the 2010 results: codes, electorate and Con/Lab/LD from the Library's long-run file, the GB parties it
// lumps together from the BES file, and the rest of the field (Speaker, independents, Northern Ireland parties,
// places) from the Electoral Commission file, matched to codes by electorate and total votes, never by name. The
// long-run file read here is also summed into national totals per election. The step cache plays it back when the three
// files and the known codes are unchanged (reading the two workbooks is most of its time).
import type { NationalTotal } from '../../src/lib/schema/national-total';
import type { Party } from '../../src/lib/parties';
import type { SeatResult } from '../../src/lib/schema/result';
import { DataError } from '../../src/lib/data-error';
import { partyFromLabel } from '../lib/labels';
import type { Ledger } from '../lib/ledger';
import type { Source } from '../lib/manifest';
import { cachedStep } from '../lib/step-cache';
import { BES_COLUMNS, parseBes2010, type Bes2010Row } from '../parse/bes';
import { parseEc2010, type Ec2010Row } from '../parse/ec2010';
import { parseHoc1918, type Hoc2010Row } from '../parse/hoc-1918';
import { parseNationalTotals } from '../parse/national-totals';
import { readSheet } from '../parse/xlsx';
import type { SourceReader } from './acquire';

export interface Sources2010 {
  hoc: { id: string; file: string; rows: Map<string, Hoc2010Row> };
  bes: { id: string; file: string; rows: Map<string, Bes2010Row> };
  ec: { id: string; file: string; rows: Ec2010Row[] };
}

const FROM_BES = ['snp', 'pc', 'ukip', 'green', 'bnp'] as const;

export function build2010(src: Sources2010, ledger: Ledger): SeatResult[] {
  const byPrint = new Map<string, Ec2010Row>();
  for (const r of src.ec.rows) {
    const key = `${r.electorate}|${r.votes}`;
    const other = byPrint.get(key);
    if (other)
      throw new DataError(
        src.ec.file,
        r.line,
        'Electorate',
        `electorate and votes ${key} are not unique (also line ${other.line}); cannot match to a code`,
      );
    byPrint.set(key, r);
  }
  const matched = new Set<Ec2010Row>();
  const out: SeatResult[] = [];
  let independentsApart = 0;
  for (const hoc of src.hoc.rows.values()) {
    const ec = byPrint.get(`${hoc.electorate}|${hoc.total}`);
    if (!ec)
      throw new DataError(
        src.hoc.file,
        hoc.line,
        'total_votes',
        `no Electoral Commission row with electorate ${hoc.electorate} and ${hoc.total} votes for ${hoc.code}`,
      );
    matched.add(ec);
    const votes: Partial<Record<Party, number>> = {};
    const sources: Record<string, string> = {
      electorate: src.hoc.id,
      validVotes: src.hoc.id,
      winner: src.ec.id,
      second: src.ec.id,
      majority: src.ec.id,
    };
    // The Commission's Ind1..Ind5 are separate candidates: the "Independent" row is one candidate, the one with the
    // most votes (byLabel runs from most to fewest), as in the later files; any others are among all other candidates.
    const ecByParty = new Map<Party, number>();
    for (const [label, v] of ec.byLabel) {
      const p = partyFromLabel(label, 2010);
      if (p === 'ind' && ecByParty.has('ind')) {
        independentsApart++;
        continue;
      }
      ecByParty.set(p, (ecByParty.get(p) ?? 0) + v);
    }
    const put = (p: Party, v: number, source: string) => {
      if (v <= 0) return;
      votes[p] = (votes[p] ?? 0) + v;
      sources[p] = source;
    };
    put('con', hoc.con, src.hoc.id);
    put('lab', hoc.lab, src.hoc.id);
    put('ld', hoc.ld, src.hoc.id);
    const bes = src.bes.rows.get(hoc.code);
    if (!hoc.code.startsWith('N')) {
      if (!bes) throw new DataError(src.bes.file, null, 'ONSConstID', `no 2010 row for Great Britain seat ${hoc.code}`);
      if (bes.snp + bes.pc !== hoc.natSW) {
        ledger.note(
          src.bes.id,
          src.bes.file,
          `${hoc.code}: BES SNP ${bes.snp} + Plaid ${bes.pc} differ from the Library's nationalist total ${hoc.natSW}; the Library's total is used`,
        );
      }
      for (const p of ['ukip', 'green', 'bnp'] as const) {
        const official = ecByParty.get(p) ?? 0;
        if (bes[p] === official) put(p, bes[p], src.bes.id);
        else {
          put(p, official, src.ec.id);
          ledger.note(
            src.bes.id,
            src.bes.file,
            `${hoc.code} ${p}: BES has ${bes[p]}, the Electoral Commission ${official}; the Commission's figure, which sums to the Library's total, is used`,
          );
        }
      }
      put(hoc.code.startsWith('S') ? 'snp' : 'pc', hoc.natSW, src.hoc.id);
      for (const [p, v] of [
        ['con', bes.con],
        ['lab', bes.lab],
        ['ld', bes.ld],
      ] as const) {
        if ((votes[p] ?? 0) !== v)
          ledger.note(
            src.bes.id,
            src.bes.file,
            `${hoc.code} ${p}: BES has ${v}, the Library ${votes[p] ?? 0}; the Library's figure is used`,
          );
      }
    } else if (hoc.natSW !== 0) {
      throw new DataError(
        src.hoc.file,
        hoc.line,
        'natSW_votes',
        `nationalist votes in a Northern Ireland seat ${hoc.code}`,
      );
    }
    const takenElsewhere: Party[] = hoc.code.startsWith('N') ? ['con', 'lab', 'ld'] : ['con', 'lab', 'ld', ...FROM_BES];
    for (const [p, v] of ecByParty) {
      if (p === 'other') continue;
      if (takenElsewhere.includes(p)) {
        if ((votes[p] ?? 0) !== v && !['ukip', 'green', 'bnp'].includes(p))
          ledger.note(
            src.ec.id,
            src.ec.file,
            `${hoc.code} ${p}: ${v} votes in the Commission file, ${votes[p] ?? 0} in the file used`,
          );
        continue;
      }
      put(p, v, src.ec.id);
    }
    const named = Object.values(votes).reduce((s, v) => s + v, 0);
    const other = hoc.total - named;
    if (other < 0)
      throw new DataError(
        src.hoc.file,
        hoc.line,
        'total_votes',
        `named parties have ${named} votes, more than the ${hoc.total} total for ${hoc.code}`,
      );
    put('other', other, src.ec.id);
    const [first, second] = ec.byLabel;
    if (!first || !second) throw new DataError(src.ec.file, ec.line, null, 'fewer than two candidates');
    const winner = partyFromLabel(first[0], 2010);
    const runnerUp = partyFromLabel(second[0], 2010);
    out.push({
      election: '2010',
      code: hoc.code,
      electorate: hoc.electorate,
      validVotes: hoc.total,
      votes,
      winner,
      second: runnerUp,
      majority: first[1] - second[1],
      estimated: false,
      sources,
    });
  }
  if (independentsApart)
    ledger.note(
      src.ec.id,
      src.ec.file,
      `${independentsApart} independent candidates stood where another independent had more votes: each seat's "Independent" row is its leading independent, and the others are among all other candidates`,
    );
  for (const r of src.ec.rows) {
    if (!matched.has(r))
      throw new DataError(
        src.ec.file,
        r.line,
        'Electorate',
        `row "${r.name}" matches no 2010 seat by electorate and votes`,
      );
  }
  return out;
}

interface Results2010 {
  results: SeatResult[];
  nationalTotals: NationalTotal[];
}

/** The sources results2010 reads. */
const SOURCES_2010 = ['hoc-1918-2019', 'bes-2019', 'ec-ge2010'];

/**
 * results2010, played back from the step cache (lib/step-cache.ts) when its three sources and the known codes are
 * unchanged; a bad row stops the build as before (a failed step is never stored). Its results are written as JSON, so
 * what comes back from the cache writes the same bytes.
 */
export function cachedResults2010(
  reader: SourceReader,
  ledger: Ledger,
  knownOld: ReadonlySet<string>,
  sources: readonly Source[],
  log: (line: string) => void,
): Results2010 {
  const value = cachedStep({
    name: 'results-2010',
    inputs: { sources: sources.filter((s) => SOURCES_2010.includes(s.id)), knownOld: [...knownOld].sort() },
    ledger,
    log,
    run: () => results2010(reader, ledger, knownOld),
    encode: (v) => v,
    decode: (json) => json as Results2010,
  });
  for (const id of SOURCES_2010) reader.progress(id);
  return value;
}

/** The validate phase for 2010: reads the long-run, BES and Electoral Commission files and builds the results. */
export function results2010({ get, text }: SourceReader, ledger: Ledger, knownOld: ReadonlySet<string>): Results2010 {
  const hoc1918 = parseHoc1918({ ...text('hoc-1918-2019'), knownCodes: knownOld }, ledger);
  const nationalTotals = parseNationalTotals(text('hoc-1918-2019'));
  ledger.note(
    'hoc-1918-2019',
    get('hoc-1918-2019').source.file,
    `every row is also summed into national totals per election (${nationalTotals.length} elections, ${nationalTotals.reduce((s, t) => s + t.rowsUncounted, 0)} rows without votes left out): national-totals.json`,
  );
  const besFile = get('bes-2019').source.file;
  const bes = parseBes2010(
    { source: 'bes-2019', table: readSheet(besFile, get('bes-2019').bytes, 'Data', BES_COLUMNS), knownCodes: knownOld },
    ledger,
  );
  const ecFile = get('ec-ge2010').source.file;
  const ec = parseEc2010(
    {
      source: 'ec-ge2010',
      table: readSheet(ecFile, get('ec-ge2010').bytes, 'Party vote share', [
        'Press Association Reference',
        'Electorate',
        'Votes',
      ]),
    },
    ledger,
  );
  const results = build2010(
    {
      hoc: { id: 'hoc-1918-2019', file: get('hoc-1918-2019').source.file, rows: hoc1918 },
      bes: { id: 'bes-2019', file: besFile, rows: bes },
      ec: { id: 'ec-ge2010', file: ecFile, rows: ec },
    },
    ledger,
  );
  return { results, nationalTotals };
}
