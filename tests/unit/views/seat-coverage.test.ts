// Evidence rows grouped into claims: one entry per set, kind, confidence and place, with every source in order.
import { describe, expect, it } from 'vitest';
import { byClaim, type CoverageItem } from '~/views/seat-coverage';

// TEST DATA, hand-made: two reports of the same claim, and a weaker claim of another kind in a place.
const row = (sourceTitle: string, over: Partial<CoverageItem> = {}): CoverageItem => ({
  setId: 'cou-2019',
  setTitle: "Labour's Community Organising Unit, 2019",
  kind: 'named-in-unit-report',
  sourceUrl: `https://example.org/${sourceTitle}`,
  sourceTitle,
  confidence: 'high',
  note: '',
  ...over,
});

describe('byClaim', () => {
  it('puts rows of one claim together, in order, and keeps a different kind, confidence or place apart', () => {
    const a = row('HuffPost');
    const b = row('PoliticsHome');
    const c = row('Jacobin', {
      kind: 'community-campaign',
      confidence: 'low',
      place: { name: 'Wandsworth', share: 1 },
    });
    const d = row('Advert', { confidence: 'medium' });
    expect(byClaim([a, c, b, d]).map((g) => g.map((r) => r.sourceTitle))).toEqual([
      ['HuffPost', 'PoliticsHome'],
      ['Jacobin'],
      ['Advert'],
    ]);
  });
});
