// Party lists in the curated JSON (a claim's params.parties in data/claims.json, a seat set's share-change outcome in
// data/seat-sets/sets.json) name known parties once each: "grn" is no party code, and ["ld", "ld"] would count the
// Liberal Democrats' change twice in a combined share.
import { describe, expect, it } from 'vitest';
import { claimEntrySchema } from '../../../src/lib/schema/claims';
import { outcomeSchema } from '../../../src/lib/schema/curated';

const claim = {
  slug: 'test-pact',
  kind: 'pact',
  title: 'TEST DATA claim',
  summary: 'S.',
  claim: { set: 'pact-test' },
  pair: { before: '2017', after: '2019' },
  params: { set: 'pact-test', parties: ['ld', 'green'] },
  headline: { comparison: 'c', outcome: 'o', against: 'others', reason: 'r' },
  verdict: 'V.',
};
const issue = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? null : { path: r.error!.issues[0]!.path.join('.'), message: r.error!.issues[0]!.message };

describe('party lists in curated JSON', () => {
  it("a claim's params.parties: known codes, each once", () => {
    expect(issue(claimEntrySchema.safeParse(claim))).toBeNull();
    const withParties = (parties: string[]) => ({ ...claim, params: { ...claim.params, parties } });
    expect(issue(claimEntrySchema.safeParse(withParties(['ld', 'ld'])))).toEqual({
      path: 'params.parties',
      message: 'a party is listed twice',
    });
    expect(issue(claimEntrySchema.safeParse(withParties(['ld', 'grn'])))?.path).toBe('params.parties.1');
  });

  it("a seat set's share-change outcome: each party once", () => {
    const o = { kind: 'share-change', parties: ['ld', 'green'], label: 'LD + Green' };
    expect(issue(outcomeSchema.safeParse(o))).toBeNull();
    expect(issue(outcomeSchema.safeParse({ ...o, parties: ['green', 'green'] }))).toEqual({
      path: 'parties',
      message: 'a party is listed twice',
    });
  });
});
