// View model of /claims/articles/: every claim in the source articles (data/article-claims.json), checked or not,
// and the figures of the two checks made here (Labour's biggest rise since 1945; the 2017 seat changes).
import type { z } from 'zod';
import { STATUSES, articleClaimSchema } from '../lib/schema/article-claims';
import { articleClaims } from '../data/article-claims';
import * as data from '../data/index';
import type { SharePoint } from '../charts/labour-share';
import { largestRises, labourShareView } from './labour-share';
import { changesBetween, seatChanges, type SeatChange } from './seat-changes';

export type ClaimStatus = (typeof STATUSES)[number];
export const STATUS_LABEL: Record<ClaimStatus, string> = {
  checked: 'Checked here',
  'checked-elsewhere': 'Checked on its own page',
  context: 'Sourced context, not a full check',
  'not-yet-checkable': 'Not yet checkable',
  'not-checkable': 'Cannot be checked from public data',
};

export type ArticleClaim = z.infer<typeof articleClaimSchema>;

export const claimById = (id: string) => articleClaims.claims.find((c) => c.id === id)!;
export const articleOf = (c: ArticleClaim) => articleClaims.articles.find((a) => a.id === c.article)!;

/** The build stops when the data no longer support a verdict's wording. */
function guard(ok: boolean, what: string): void {
  if (!ok) throw new Error(`article claim check: ${what}`);
}

export interface RiseCheck {
  series: SharePoint[];
  rises: SharePoint[];
  at: (e: string) => SharePoint;
  /** Elections after 1945 and before 2017 whose rise was larger than 2017's (none when the claim holds). */
  largerBetween: SharePoint[];
  rank2017: number;
}

export function riseCheck(): RiseCheck {
  const series = labourShareView();
  const rises = largestRises(series);
  const at = (e: string) => series.find((p) => p.election === e)!;
  const r17 = at('2017').change!;
  const largerBetween = series.filter((p) => p.year > 1945 && p.year < 2017 && p.change !== null && p.change > r17);
  guard(largerBetween.length === 0, 'a rise between 1945 and 2017 is now larger than 2017');
  guard(at('1945').change! > r17, '1945 is no longer larger than 2017');
  return { series, rises, at, largerBetween, rank2017: rises.findIndex((p) => p.election === '2017') + 1 };
}

export interface SeatCheck {
  changes: SeatChange[];
  labFromConEngland: SeatChange[];
  labFromConWales: SeatChange[];
  labFromConScotland: SeatChange[];
  conFromLabEngland: SeatChange[];
  labFromLdEngland: SeatChange[];
  labFromSnpScotland: SeatChange[];
}

export function seatCheck(): SeatCheck {
  const changes = seatChanges(data.metricsOf('2017'));
  const c: SeatCheck = {
    changes,
    labFromConEngland: changesBetween(changes, 'con', 'lab', ['England']),
    labFromConWales: changesBetween(changes, 'con', 'lab', ['Wales']),
    labFromConScotland: changesBetween(changes, 'con', 'lab', ['Scotland']),
    conFromLabEngland: changesBetween(changes, 'lab', 'con', ['England']),
    labFromLdEngland: changesBetween(changes, 'ld', 'lab', ['England']),
    labFromSnpScotland: changesBetween(changes, 'snp', 'lab', ['Scotland']),
  };
  guard(
    c.conFromLabEngland.length === 6 && c.labFromLdEngland.length === 2 && c.labFromSnpScotland.length === 6,
    'a count the verdict calls right has changed',
  );
  guard(
    c.labFromConEngland.length === 25 && c.labFromConEngland.length + c.labFromConWales.length === 28,
    'gains from the Conservatives are no longer 25 in England and 28 with Wales',
  );
  return c;
}
