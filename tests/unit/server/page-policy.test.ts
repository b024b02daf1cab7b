// The last step of each built page (src/server/page-policy.ts): a repeated <style> is dropped, and the policy allows
// exactly the page's own inline styles and scripts (tools/check/csp.ts, the check over dist/, finds nothing blocked).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dedupeStyles, finishPage, trimPolicy } from '../../../src/server/page-policy';
import { cspFindings, policyOf } from '../../../tools/check/csp';

const hash = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
const policy = (styles: string[], scripts: string[]) =>
  `<meta http-equiv="content-security-policy" content="default-src 'self';img-src 'self' data:; script-src 'self' ${scripts.join(' ')}; style-src 'self' ${styles.join(' ')};">`;

const A = 'p{color:red}';
const B = 'h1{margin:0}';
const S = 'document.documentElement.dataset.js="1"';
const page = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('dedupeStyles', () => {
  it('keeps the first of identical style elements and every different one', () => {
    const html = page(
      `<style>${A}</style>`,
      `<svg><style>${B}</style></svg><svg><style>${B}</style></svg><style>${A}</style>`,
    );
    expect(dedupeStyles(html)).toBe(page(`<style>${A}</style>`, `<svg><style>${B}</style></svg><svg></svg>`));
  });

  it('keeps styles that differ only in their attributes', () => {
    const html = `<style>${A}</style><style media="print">${A}</style>`;
    expect(dedupeStyles(html)).toBe(html);
  });
});

describe('trimPolicy', () => {
  const site = [hash(A), hash(B), hash('x{}'), hash('y{}')];
  const scripts = [hash(S), hash('other()')];

  it("lists only the page's inline styles and executable inline scripts, keeping every other source", () => {
    const html = page(
      `${policy(site, scripts)}<style>${B}</style><script type="module" src="/a.js"></script>`,
      `<script type="application/json">{"a":1}</script><script>${S}</script>`,
    );
    const out = policyOf(trimPolicy(html))!;
    expect(out.get('style-src')).toEqual(["'self'", hash(B)]);
    expect(out.get('script-src')).toEqual(["'self'", hash(S)]);
    expect(out.get('img-src')).toEqual(["'self'", 'data:']);
    expect(out.get('default-src')).toEqual(["'self'"]);
    expect(cspFindings(trimPolicy(html))).toEqual([]);
  });

  it('leaves a page with no inline style or script only its other sources, and a page without a policy alone', () => {
    const html = page(policy(site, scripts), '');
    expect(policyOf(trimPolicy(html))!.get('style-src')).toEqual(["'self'"]);
    expect(policyOf(trimPolicy(html))!.get('script-src')).toEqual(["'self'"]);
    expect(trimPolicy(page('', `<style>${A}</style>`))).toBe(page('', `<style>${A}</style>`));
  });
});

describe('finishPage', () => {
  it('drops a repeated style, then allows only the styles left', () => {
    const out = policyOf(finishPage(page(policy([hash(A), hash(B)], []), `<style>${A}</style><style>${A}</style>`)))!;
    expect(out.get('style-src')).toEqual(["'self'", hash(A)]);
  });
});
