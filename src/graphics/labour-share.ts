// Graphic family "labour-share": Labour's national vote share at every general election since 1918 (key "uk").
import { labourShareSpec } from '../charts/labour-share';
import { largestRises, labourShareView } from '../views/labour-share';
import { partyInfo } from '../lib/parties';
import { plotSvgs } from './plot-svg';
import { ukOnlyFamily } from './uk-only-family';
import type { Graphic } from './types';
import { roundTo } from '../lib/format/numbers';

export const LABOUR_SHARE_COLUMNS = ['election', 'lab_votes', 'total_votes', 'lab_pct', 'change_pp', 'source'] as const;
const r2 = (v: number) => roundTo(v, 2);

export function buildLabourShare(key: string): Graphic {
  if (key !== 'uk') throw new Error(`labour-share has only the key "uk", not "${key}"`);
  const s = labourShareView();
  const top = largestRises(s).slice(0, 3);
  const first = s[0]!;
  const last = s[s.length - 1]!;
  const title = `Labour's share of the vote at every general election, ${first.label} to ${last.label}`;
  const description = `Labour's national share rose from ${first.share.toFixed(1)}% in ${first.label} to a high of ${Math.max(...s.map((p) => p.share)).toFixed(1)}% (in the Commons Library file's totals, which can be below the published ones); the largest rises on the previous election were ${top.map((p) => `${p.label} (+${p.change!.toFixed(1)} points)`).join(', ')}. ${last.label}: ${last.share.toFixed(1)}%.`;
  return {
    family: 'labour-share',
    key,
    title,
    description,
    caption:
      "Labour votes as a share of all votes, summed over the constituency rows of the Commons Library's 1918–2019 file (seats returned unopposed have no votes and are left out; two-member and university seats are summed as given); 2024 from the Library's 2024 results. The three largest rises are circled.",
    permalink: 'elections/labour-share/#chart',
    source:
      'House of Commons Library, General election results from 1918 to 2019 (CBP-8647) and 2024 results (CBP-10009), Open Parliament Licence v3.0. Totals computed by Groundwork.',
    ...plotSvgs(
      (o) =>
        labourShareSpec(
          s,
          top.map((p) => p.election),
          o,
        ),
      { label: title, description },
      'labour-share',
      key,
    ),
    legend: [{ label: 'Labour (incl. Labour Co-op)', colour: partyInfo('lab').colour, mark: 'line' }],
    data: {
      columns: LABOUR_SHARE_COLUMNS,
      rows: s.map((p) => ({
        election: p.election,
        lab_votes: p.labVotes,
        total_votes: p.totalVotes,
        lab_pct: r2(p.share),
        change_pp: p.change === null ? null : r2(p.change),
        source: p.source,
      })),
    },
  };
}

export const labourShare = ukOnlyFamily('labour-share', "Labour's long-run vote share chart", buildLabourShare);
