// View model of Labour's national vote share at every general election since 1918: the Commons Library long-run
// file's own totals for 1918-2019, and the 2024 UK total from the 2024 results file.
import * as data from '../data/index';
import type { SharePoint } from '../charts/labour-share';
import type { NationalTotal } from '../lib/schema/national-total';

const label = (e: string) => (e === '1974F' ? 'Feb 1974' : e === '1974O' ? 'Oct 1974' : e);

/** Pure: the series from the long-run totals plus the 2024 UK Labour and valid votes. */
export function shareSeries(
  totals: readonly NationalTotal[],
  uk2024: { labVotes: number; validVotes: number } | null,
): SharePoint[] {
  const pts: Omit<SharePoint, 'change'>[] = totals.map((t) => ({
    election: t.election,
    label: label(t.election),
    year: t.year,
    labVotes: t.labVotes,
    totalVotes: t.totalVotes,
    share: (100 * t.labVotes) / t.totalVotes,
    source: 'hoc-1918-2019',
    rowsUncounted: t.rowsUncounted,
    rowsTotalFromParties: t.rowsTotalFromParties,
    shareWithoutThoseTotals: (100 * t.labVotes) / (t.totalVotes - t.votesTotalFromParties),
    multiMemberRows: t.multiMemberRows,
    universityRows: t.universityRows,
  }));
  if (uk2024) {
    pts.push({
      election: '2024',
      label: '2024',
      year: 2024,
      labVotes: uk2024.labVotes,
      totalVotes: uk2024.validVotes,
      share: (100 * uk2024.labVotes) / uk2024.validVotes,
      source: 'hoc-ge2024',
      rowsUncounted: 0,
      rowsTotalFromParties: 0,
      shareWithoutThoseTotals: (100 * uk2024.labVotes) / uk2024.validVotes,
      multiMemberRows: 0,
      universityRows: 0,
    });
  }
  return pts.map((p, i) => ({ ...p, change: i === 0 ? null : p.share - pts[i - 1]!.share }));
}

/** Elections ranked by Labour's rise, largest first (rises only). */
export function largestRises(series: readonly SharePoint[]): SharePoint[] {
  return series.filter((p) => p.change !== null && p.change > 0).sort((a, b) => b.change! - a.change!);
}

let cached: SharePoint[] | undefined;
export function labourShareView(): SharePoint[] {
  if (cached) return cached;
  const uk = data.areaFor('K02000001', '2024');
  const lab2024 = data
    .results()
    .filter((r) => r.election === '2024')
    .reduce((s, r) => s + (r.votes.lab ?? 0), 0);
  cached = shareSeries(data.nationalTotals(), uk ? { labVotes: lab2024, validVotes: uk.validVotes } : null);
  return cached;
}
