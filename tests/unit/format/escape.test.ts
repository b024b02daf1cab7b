import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript, safeUrl } from '../../../src/lib/format/escape';

describe('escaping', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
  });
  it('JSON for a script element cannot close it', () => {
    const out = jsonForScript({ name: '</script><script>alert(1)</script>' });
    expect(out).not.toContain('</script');
    expect(JSON.parse(out)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
  it('keeps only http(s) and site-relative URLs', () => {
    expect(safeUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(safeUrl('/seat/E14000887/')).toBe('/seat/E14000887/');
    expect(safeUrl('javascript:alert(1)')).toBe('#');
    expect(safeUrl(' JavaScript:alert(1)')).toBe('#');
    expect(safeUrl('//evil.example/x')).toBe('#');
    expect(safeUrl('data:text/html,x')).toBe('#');
  });
});
