// /embed.js as published (src/pages/embed.js.ts compiling src/client/embed-host.ts): an ES5 classic script, run here
// on a hand-made host page: it pings the frames, takes a height only from a frame's own window and its src's origin,
// sizes a snippet's box instead of its frame, caps the height, and a second copy on the page adds no second listener.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { GET } from '../../../src/pages/embed.js.ts';

const ORIGIN = 'https://groundwork.example';

interface FakeFrame {
  src: string;
  /** The frame's document as the host sees it: null once a page of another origin has loaded. */
  contentDocument: { URL: string } | null;
  contentWindow: { sent: unknown[][]; postMessage: (...a: unknown[]) => void };
  parentElement: { boxed: boolean; style: Record<string, string>; hasAttribute: (n: string) => boolean };
  style: Record<string, string>;
  attrs: Record<string, string>;
  getAttribute: (n: string) => string | null;
  setAttribute: (n: string, v: string) => void;
}

function frame(src: string, boxed = false, loaded = true): FakeFrame {
  const attrs: Record<string, string> = {};
  const win = {
    sent: [] as unknown[][],
    postMessage: (...a: unknown[]) => void win.sent.push(a),
  };
  const parent = { boxed, style: {}, hasAttribute: (n: string) => boxed && n === 'data-groundwork-box' };
  return {
    src,
    contentDocument: loaded ? null : { URL: 'about:blank' },
    contentWindow: win,
    parentElement: parent,
    style: {},
    attrs,
    getAttribute: (n) => (n === 'src' ? src : null),
    setAttribute: (n, v) => void (attrs[n] = v),
  };
}

async function hostPage(frames: FakeFrame[]) {
  const script = await GET().text();
  const listeners: ((e: unknown) => void)[] = [];
  const window = {
    addEventListener: (type: string, fn: (e: unknown) => void) => type === 'message' && listeners.push(fn),
  };
  const document = {
    baseURI: 'https://news.example/story/',
    readyState: 'complete',
    querySelectorAll: (selector: string) => (selector === 'iframe[data-groundwork-embed]' ? frames : []),
    addEventListener: () => undefined,
  };
  const run = () => runInNewContext(script, { window, document, URL });
  run();
  const send = (data: unknown, from: FakeFrame | object, origin = ORIGIN) =>
    listeners.forEach((fn) => fn({ data, source: 'contentWindow' in from ? from.contentWindow : from, origin }));
  return { script, listeners, run, send };
}

describe('/embed.js', () => {
  it('is an ES5 classic script: no import, export, let, const, arrow or template string', async () => {
    const { script } = await hostPage([]);
    expect(script.startsWith('/* Groundwork embed resizer, published at /embed.js.')).toBe(true);
    expect(script).toContain("'use strict';");
    const code = script.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(import|export|let|const|class)\b|=>|`/);
    expect(GET().headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
  });

  it("pings each frame at its src's origin when it loads", async () => {
    const a = frame(`${ORIGIN}/embed/seat-history/E14000887/`);
    const blank = frame('about:blank');
    const loading = frame(`${ORIGIN}/embed/map/hex-2024-winner/`, false, false);
    await hostPage([a, blank, loading]);
    expect(a.contentWindow.sent).toEqual([[{ type: 'groundwork:ping' }, ORIGIN]]);
    expect(blank.contentWindow.sent).toEqual([]);
    // Still on its first about:blank document: the ping would not reach it (and would log an error on the host).
    expect(loading.contentWindow.sent).toEqual([]);
  });

  it("sets a frame's height only from its own window and its src's origin, rounded up and capped", async () => {
    const a = frame(`${ORIGIN}/embed/seat-history/E14000887/`);
    const b = frame('/embed/map/hex-2024/');
    const page = await hostPage([a, b]);
    page.send({ type: 'groundwork:height', height: 420.2 }, a);
    expect(a.style.height).toBe('421px');
    expect(a.attrs.height).toBe('421');
    page.send({ type: 'groundwork:height', height: 300 }, a, 'https://evil.example');
    page.send({ type: 'groundwork:height', height: 300 }, { other: true });
    page.send({ type: 'groundwork:height', height: 300 }, b); // b's src is relative: the host's own origin
    for (const data of [null, 'groundwork:height', { type: 'other', height: 300 }, { type: 'groundwork:height' }])
      page.send(data, a);
    page.send({ type: 'groundwork:height', height: -5 }, a);
    expect(a.style.height).toBe('421px');
    expect(b.style.height).toBeUndefined();
    page.send({ type: 'groundwork:height', height: 1e9 }, a);
    expect(a.style.height).toBe('20000px');
    page.send({ type: 'groundwork:height', height: 300 }, b, 'https://news.example');
    expect(b.style.height).toBe('300px');
  });

  it("sizes a snippet's responsive box instead of its frame", async () => {
    const boxed = frame(`${ORIGIN}/embed/seat-history/E14000887/`, true);
    const page = await hostPage([boxed]);
    page.send({ type: 'groundwork:height', height: 512 }, boxed);
    expect(boxed.parentElement.style.paddingTop).toBe('512px');
    expect(boxed.style.height).toBeUndefined();
  });

  it('a second copy on the page pings again and adds no second listener', async () => {
    const a = frame(`${ORIGIN}/embed/seat-history/E14000887/`);
    const page = await hostPage([a]);
    page.run();
    expect(page.listeners).toHaveLength(1);
    expect(a.contentWindow.sent).toHaveLength(2);
  });
});
