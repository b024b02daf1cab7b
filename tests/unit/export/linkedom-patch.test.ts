// patches/linkedom+0.18.15.patch: linkedom's nodes get their event-listener table lazily. The patch must be applied
// (npm install runs patch-package) and events must still reach listeners, bubble, stop and be removed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

describe('the linkedom patch', () => {
  it('is applied to both builds of the package', () => {
    const dir = createRequire(import.meta.url)
      .resolve('linkedom/package.json')
      .replace(/package\.json$/, '');
    for (const build of ['esm', 'cjs']) {
      const code = readFileSync(`${dir}${build}/interface/event-target.js`, 'utf8');
      expect(code).toContain('if (!wm.has(this)) wm.set(this, new Map);');
      expect(code).not.toMatch(/constructor\(\) \{\s*wm\.set/);
    }
  });

  it('delivers, bubbles, stops and removes listeners as before', () => {
    const { document, Event } = parseHTML(
      '<!doctype html><html><body><div id="a"><span id="b"></span></div></body></html>',
    );
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    const heard: string[] = [];
    const onA = (e: Event) => heard.push(`a:${e.type}`);
    a.addEventListener('ping', onA);
    b.addEventListener('ping', (e: Event) => heard.push(`b:${e.type}`), { once: true });
    b.dispatchEvent(new Event('ping', { bubbles: true }));
    b.dispatchEvent(new Event('ping', { bubbles: false }));
    a.removeEventListener('ping', onA);
    b.removeEventListener('ping', onA);
    document.body.removeEventListener('ping', onA);
    a.dispatchEvent(new Event('ping'));
    expect(heard).toEqual(['b:ping', 'a:ping']);
    const c = document.createElement('p');
    c.addEventListener('ping', (e: Event) => {
      heard.push('c');
      e.stopImmediatePropagation();
    });
    c.addEventListener('ping', () => heard.push('never'));
    c.dispatchEvent(new Event('ping'));
    expect(heard).toEqual(['b:ping', 'a:ping', 'c']);
  });
});
