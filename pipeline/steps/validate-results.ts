// The validate phase for election results: the Commons Library files 2015-2024, the 2024 candidates and members,
// the long-run file with its national totals, and the 2010 results built from the HoC, BES and Electoral Commission
// files.
import type { ElectionId } from '../../src/lib/elections';
import type { SeatResult } from '../../src/lib/schema/result';
import type { Ledger } from '../lib/ledger';
import { decodeTextReport } from '../lib/text';
import { BES_COLUMNS, parseBes2010 } from '../parse/bes';
import { checkMembers, parseCandidates2024, parseMembers, repairDoubleUtf8 } from '../parse/candidates';
import { parseHoc1918 } from '../parse/hoc-1918';
import { LAYOUTS, parseHocResults, type SeatInfo } from '../parse/hoc-results';
import { parseNationalTotals } from '../parse/national-totals';
import { parseEc2010 } from '../parse/ec2010';
import { readSheet } from '../parse/xlsx';
import { build2010 } from './results-2010';
import type { SourceReader } from './acquire';

export interface BoundaryCodes {
  namesOld: Map<string, string>;
  namesNew: Map<string, string>;
  knownOld: Set<string>;
  knownNew: Set<string>;
}

export function validateResults(
  { get, text, progress }: SourceReader,
  ledger: Ledger,
  { namesOld, namesNew, knownOld, knownNew }: BoundaryCodes,
) {
  const results = new Map<ElectionId, SeatResult[]>();
  const seatInfo = new Map<'2010' | '2024', SeatInfo[]>();
  const resultTexts = new Map<string, { file: string; text: string }>();
  for (const id of ['2015', '2017', '2019', '2024'] as const) {
    const src = `hoc-ge${id}`;
    resultTexts.set(id, text(src));
    const parsed = parseHocResults(
      {
        ...resultTexts.get(id)!,
        source: src,
        election: id,
        layout: LAYOUTS[id],
        knownCodes: id === '2024' ? knownNew : knownOld,
        knownNames: id === '2024' ? namesNew : namesOld,
      },
      ledger,
    );
    results.set(id, parsed.results);
    if (id === '2019') seatInfo.set('2010', parsed.seats);
    if (id === '2024') seatInfo.set('2024', parsed.seats);
    progress(src);
  }
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
      results: results.get('2024')!,
    },
    ledger,
  );
  progress('hoc-ge2024-candidates');
  const members = (['2019', '2024'] as const).flatMap((id) =>
    parseMembers({ ...resultTexts.get(id)!, election: id, codes: id === '2024' ? knownNew : knownOld }),
  );
  checkMembers(candidates2024, members, get('hoc-ge2024-candidates').source.file);
  const hoc1918 = parseHoc1918({ ...text('hoc-1918-2019'), knownCodes: knownOld }, ledger);
  const nationalTotals = parseNationalTotals(text('hoc-1918-2019'));
  ledger.note(
    'hoc-1918-2019',
    get('hoc-1918-2019').source.file,
    `every row is also summed into national totals per election (${nationalTotals.length} elections, ${nationalTotals.reduce((s, t) => s + t.rowsUncounted, 0)} rows without votes left out): national-totals.json`,
  );
  progress('hoc-1918-2019');
  const besFile = get('bes-2019').source.file;
  const bes = parseBes2010(
    { source: 'bes-2019', table: readSheet(besFile, get('bes-2019').bytes, 'Data', BES_COLUMNS), knownCodes: knownOld },
    ledger,
  );
  progress('bes-2019');
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
  progress('ec-ge2010');
  results.set(
    '2010',
    build2010(
      {
        hoc: { id: 'hoc-1918-2019', file: get('hoc-1918-2019').source.file, rows: hoc1918 },
        bes: { id: 'bes-2019', file: besFile, rows: bes },
        ec: { id: 'ec-ge2010', file: ecFile, rows: ec },
      },
      ledger,
    ),
  );
  return { results, seatInfo, candidates2024, members, nationalTotals };
}
