// The claim pages' view models, one per entry of data/claims.json, built once per build by the view for its kind.
import { claimEntries } from '../data/claims';
import { claimEntry, type ClaimEntry } from './claims-common';
import { organisersView } from './claims-organisers';
import { pactView } from './claims-pact';
import { putneyView } from './claims-putney';
import { remainView } from './claims-remain';
import type { ClaimView } from './claims-types';
import { yorkshireView } from './claims-yorkshire';

export type { ClaimView } from './claims-types';

const BUILDERS: Record<ClaimEntry['kind'], (e: ClaimEntry) => ClaimView> = {
  'organisers-region': yorkshireView,
  'single-seat': putneyView,
  remain: remainView,
  pact: pactView,
  'organisers-all': organisersView,
};

const cache = new Map<string, ClaimView>();

export function claimView(slug: string): ClaimView {
  let v = cache.get(slug);
  if (!v) {
    const entry = claimEntry(slug);
    v = BUILDERS[entry.kind](entry);
    cache.set(slug, v);
  }
  return v;
}

export function claimSlugs(): string[] {
  return claimEntries().map((e) => e.slug);
}

/** Title, summary and verdict of every claim, in registry order, for the index page. */
export function claimList(): { slug: string; title: string; summary: string; verdict: string }[] {
  return claimEntries().map((e) => ({ slug: e.slug, title: e.title, summary: e.summary, verdict: e.verdict }));
}
