// A seat page's organiser and seat-set evidence: every cited set's rows that name the seat, and the organiser places
// that sources do not pin to one seat but whose local authority holds part of it (with that part's share).
// Rows that make one claim from several sources are shown as one (byClaim).
import * as data from '../data/index';
import { isParty, partyInfo } from '../lib/parties';

export interface CoverageItem {
  setId: string;
  setTitle: string;
  kind: string;
  sourceUrl: string;
  sourceTitle: string;
  confidence: string;
  note: string;
  /** For a place that is not one seat: its name in the source and the share of this seat's postcodes in it. */
  place?: { name: string; share: number };
}

/** A seat-set row's extra columns in words, e.g. "Party given a clear run: Green"; party codes become names. */
function describeAttributes(
  declared: readonly { column: string; label: string }[],
  values: Record<string, string>,
): string {
  return (
    declared
      .filter((a) => values[a.column])
      .map((a) => {
        const v = values[a.column]!;
        return `${a.label}: ${isParty(v) ? partyInfo(v).name : v}`;
      })
      .join('; ') || 'In the set'
  );
}

/** The cited seat sets (organiser evidence, pacts, ...) that name this code, then the organiser places that hold it. */
export function coverageOf(code: string): CoverageItem[] {
  const cur = data.curated();
  const out: CoverageItem[] = [];
  for (const set of cur.sets) {
    for (const row of set.rows) {
      if (row.ons_code !== code) continue;
      out.push({
        setId: set.entry.id,
        setTitle: set.entry.title,
        kind: 'link_kind' in row ? String(row.link_kind) : describeAttributes(set.entry.attributes, row.attributes),
        sourceUrl: row.source_url,
        sourceTitle: row.source_title,
        confidence: row.confidence,
        note: row.note,
      });
    }
  }
  for (const u of cur.unresolvedOrganisers) {
    const here = u.seats.find((s) => s.code === code);
    const set = cur.sets.find((s) => s.entry.id === u.row.set_id);
    if (!here || !set) continue;
    out.push({
      setId: set.entry.id,
      setTitle: set.entry.title,
      kind: u.row.link_kind,
      sourceUrl: u.row.source_url,
      sourceTitle: u.row.source_title,
      confidence: u.row.confidence,
      note: u.row.note.replace(/^UNRESOLVED:\s*/, ''),
      place: { name: u.row.name_in_source, share: here.share },
    });
  }
  return out;
}

/** A cited set's row reached through the seats before or after 2024: once, with every seat it was reached through. */
export interface LinkedCoverageItem extends Omit<CoverageItem, 'place'> {
  /** A place the source does not pin to one seat: its name (each seat's share of postcodes in it is in `via`). */
  place?: { name: string };
  via: { code: string; name: string; share: number; placeShare?: number }[];
}

/**
 * The evidence of the linked seats, a row once: a place reached through two old seats (Wandsworth, through Putney and
 * Battersea) is one item naming both, each with the share of its postcodes in the place.
 */
export function linkedCoverageOf(
  linked: readonly { code: string; name: string; share: number; coverage: readonly CoverageItem[] }[],
): LinkedCoverageItem[] {
  const byRow = new Map<string, LinkedCoverageItem>();
  for (const l of linked)
    for (const { place, ...row } of l.coverage) {
      const key = JSON.stringify([row.setId, row.kind, row.sourceUrl, row.note, place ? place.name : l.code]);
      const via = { code: l.code, name: l.name, share: l.share, ...(place && { placeShare: place.share }) };
      const had = byRow.get(key);
      if (had) had.via.push(via);
      else byRow.set(key, { ...row, ...(place && { place: { name: place.name } }), via: [via] });
    }
  return [...byRow.values()];
}

/**
 * Rows of one set, kind, confidence and place (and, for linked seats, the same seats) as one claim with each of its
 * sources: Putney's unit report from HuffPost and from PoliticsHome is one entry, not two that read as two claims.
 */
export function byClaim<T extends CoverageItem | LinkedCoverageItem>(rows: readonly T[]): T[][] {
  const key = (i: T) =>
    JSON.stringify([i.setId, i.kind, i.confidence, i.place?.name, 'via' in i ? i.via.map((v) => v.code) : []]);
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  return [...groups.values()];
}
