// Word wrapping for SVG text, date styles and SVG root rewriting.
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/lib/export/dates';
import { explicitColours, setRootAttrs } from '../../../src/lib/export/svg-root';
import { charsIn, wrapText } from '../../../src/lib/export/wrap';

describe('wrapText', () => {
  it('breaks between words so that no line is longer than the limit', () => {
    expect(wrapText('the quick brown fox jumps', 10)).toEqual(['the quick', 'brown fox', 'jumps']);
  });
  it('keeps a word longer than the limit whole on its own line', () => {
    expect(wrapText('a https://example.org/very/long b', 8)).toEqual(['a', 'https://example.org/very/long', 'b']);
  });
  it('collapses runs of white space and returns nothing for an empty string', () => {
    expect(wrapText('  one \n two  ', 20)).toEqual(['one two']);
    expect(wrapText('', 20)).toEqual([]);
  });
  it('fits 0.6 em characters in a width, never fewer than 10', () => {
    expect(charsIn(600, 10)).toBe(100);
    expect(charsIn(20, 12)).toBe(10);
  });
});

describe('formatDate', () => {
  const d = new Date(Date.UTC(2026, 2, 3));
  it('writes British long, APA and ISO dates from the UTC calendar day', () => {
    expect(formatDate(d, 'long')).toBe('3 March 2026');
    expect(formatDate(d, 'apa')).toBe('March 3, 2026');
    expect(formatDate(d, 'iso')).toBe('2026-03-03');
  });
});

describe('setRootAttrs', () => {
  const svg = '<svg width="10" height="20" stroke-width="3" class="a"><rect width="5" height="5"/></svg>';
  it('replaces width and height on the root only, leaving stroke-width and children alone', () => {
    expect(setRootAttrs(svg, { width: 100, height: 50 })).toBe(
      '<svg height="50" width="100" stroke-width="3" class="a"><rect width="5" height="5"/></svg>',
    );
  });
  it('removes attributes given null and escapes values', () => {
    expect(setRootAttrs(svg, { class: null, 'font-family': "'A' & B" })).toBe(
      '<svg font-family="&#39;A&#39; &amp; B" width="10" height="20" stroke-width="3"><rect width="5" height="5"/></svg>',
    );
  });
  it('refuses a string with no <svg> element', () => {
    expect(() => setRootAttrs('<div></div>', { width: 1 })).toThrow('not an SVG');
  });
  it('makes currentColor explicit', () => {
    expect(explicitColours('<g fill="currentColor" stroke="currentColor"/>', '#111')).toBe(
      '<g fill="#111" stroke="#111"/>',
    );
  });
});
