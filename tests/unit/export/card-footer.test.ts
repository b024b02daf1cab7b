// A social card's footer is the page's address alone: a card names no data version, so a data change that leaves a
// seat's own figures alone leaves its card's SVG, and so its cached PNG, alone (a curated note edit redrew all 1,316).
import { describe, expect, it } from 'vitest';
import { cardFooter } from '../../../src/graphics/card-footer';

describe('cardFooter', () => {
  it("is the page's host and path, without the scheme or a data version", () => {
    expect(cardFooter('seat/E14000887/', new URL('https://example.org/'))).toBe('example.org/seat/E14000887/');
    expect(cardFooter('', new URL('https://example.org/'))).toBe('example.org/');
  });
});
