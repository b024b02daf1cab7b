// /embed/frame.js as published (src/pages/embed/frame.js.ts compiling src/client/embed-frame.ts): an ES5 classic
// script, run here in a hand-made embed frame: it pins the theme the URL asks for, posts the content height to the
// parent on load, on a size change and on the parent's ping, and ignores pings from any other window.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { GET } from '../../../src/pages/embed/frame.js.ts';

async function frame(search: string, opts: { top?: boolean; resizeObserver?: boolean } = {}) {
  const script = await GET().text();
  const attrs: Record<string, string> = { 'data-embed-id': 'seat-history-E14000887' };
  const style: Record<string, string> = {};
  let height = 412.3;
  const root = {
    style,
    getAttribute: (n: string) => attrs[n] ?? null,
    setAttribute: (n: string, v: string) => void (attrs[n] = v),
    getBoundingClientRect: () => ({ height }),
  };
  const posted: unknown[][] = [];
  const parent = { postMessage: (...a: unknown[]) => void posted.push(a) };
  const listeners: Record<string, ((e: unknown) => void)[]> = {};
  let observed: (() => void) | null = null;
  const window: Record<string, unknown> = {
    location: { search },
    addEventListener: (type: string, fn: (e: unknown) => void) => (listeners[type] ??= []).push(fn),
  };
  window.parent = opts.top ? window : parent;
  const ResizeObserver =
    opts.resizeObserver === false
      ? undefined
      : function (this: { observe: () => void }, fn: () => void) {
          observed = fn;
          this.observe = () => undefined;
        };
  runInNewContext(script, { window, document: { documentElement: root }, ResizeObserver });
  const fire = (type: string, e: unknown = {}) => (listeners[type] ?? []).forEach((fn) => fn(e));
  return {
    script,
    attrs,
    style,
    posted,
    parent,
    fire,
    resize: (h: number) => {
      height = h;
      if (observed) observed();
      else fire('resize');
    },
  };
}

const msg = (height: number) => [{ type: 'groundwork:height', height, id: 'seat-history-E14000887' }, '*'];

describe('/embed/frame.js', () => {
  it('is an ES5 classic script: no import, export, let, const, arrow or template string', async () => {
    const { script } = await frame('');
    expect(script.startsWith('/* Groundwork embed frame script, published at /embed/frame.js')).toBe(true);
    const code = script.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(import|export|let|const|class)\b|=>|`/);
    expect(GET().headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
  });

  it('pins the theme named in ?theme=, and only light or dark', async () => {
    const dark = await frame('?theme=dark&x=1');
    expect([dark.attrs['data-theme'], dark.style.colorScheme]).toEqual(['dark', 'dark']);
    const odd = await frame('?theme=sepia');
    expect([odd.attrs['data-theme'], odd.style.colorScheme]).toEqual([undefined, undefined]);
  });

  it('posts its height, rounded up, on load, then only when it changes, and always when the parent pings', async () => {
    const f = await frame('');
    f.fire('load');
    f.resize(412.9);
    f.resize(500);
    f.fire('message', { source: f.parent, data: { type: 'groundwork:ping' } });
    expect(f.posted).toEqual([msg(413), msg(500), msg(500)]);
  });

  it('ignores pings from another window, and falls back to resize events without ResizeObserver', async () => {
    const f = await frame('', { resizeObserver: false });
    f.fire('message', { source: {}, data: { type: 'groundwork:ping' } });
    f.resize(300);
    expect(f.posted).toEqual([msg(300)]);
  });

  it('posts nothing when the page is not in a frame', async () => {
    const f = await frame('?theme=light', { top: true });
    f.fire('load');
    expect([f.attrs['data-theme'], f.posted]).toEqual(['light', []]);
  });
});
