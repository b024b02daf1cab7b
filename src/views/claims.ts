// The claim pages' view models, one per entry of data/claims.json, built once per build: the view for its kind gives
// what is particular to the claim and src/views/claim-page.ts assembles the page.
import { claimEntries } from '../data/claims';
import { claimPage, type ClaimParts } from './claim-page';
import { claimEntry, type ClaimEntry } from './claims-common';
import { organisersView } from './claims-organisers';
import { pactView } from './claims-pact';
import { putneyView } from './claims-putney';
import { remainView } from './claims-remain';
import { yorkshireView } from './claims-yorkshire';

import type { ClaimView } from './claims-types';

export type { ClaimView };

const BUILDERS: Record<ClaimEntry['kind'], (e: ClaimEntry) => ClaimParts> = {
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
    v = claimPage(entry, BUILDERS[entry.kind](entry));
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
