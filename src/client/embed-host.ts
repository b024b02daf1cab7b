/* Groundwork embed resizer, published at /embed.js. Put it once on a page with Groundwork
   iframes (marked data-groundwork-embed); it sets each frame's height from that frame's own messages.
   It accepts a message only when it comes from the frame's window AND from the origin of the frame's src.
   A frame inside the snippet's responsive box (data-groundwork-box) sizes the box instead: the box's own CSS
   height formula is what shows where a host blocks or strips this script.
   No dependencies, no cookies, no requests of its own. */
// Runs on journalists' pages as a classic script in any browser: src/pages/embed.js.ts publishes it compiled to ES5
// (types stripped, const and let as var), never bundled, so it imports and exports nothing.
(function () {
  'use strict';
  const host = window as Window & { groundworkEmbed?: { ping: () => void } };
  if (host.groundworkEmbed) {
    host.groundworkEmbed.ping();
    return;
  }
  const MAX = 20000;

  function frames(): NodeListOf<HTMLIFrameElement> {
    return document.querySelectorAll<HTMLIFrameElement>('iframe[data-groundwork-embed]');
  }

  function originOf(frame: HTMLIFrameElement): string | null {
    try {
      return new URL(frame.getAttribute('src') || '', document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  function onMessage(event: MessageEvent): void {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!data || typeof data !== 'object' || data.type !== 'groundwork:height') return;
    const height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    const list = frames();
    for (let i = 0; i < list.length; i++) {
      const frame = list[i]!;
      if (!event.source || frame.contentWindow !== event.source) continue;
      if (originOf(frame) !== event.origin) continue;
      const px = Math.min(Math.ceil(height), MAX);
      const box = frame.parentElement;
      if (box && box.hasAttribute('data-groundwork-box')) {
        box.style.paddingTop = px + 'px';
        continue;
      }
      frame.style.height = px + 'px';
      frame.setAttribute('height', String(px));
    }
  }

  /* A frame still showing its first, empty document (the host's own about:blank): a message to the frame's origin
     would not reach it, and the browser logs an error on the host's console. It sends its height once it loads. */
  function notYetLoaded(frame: HTMLIFrameElement): boolean {
    try {
      const doc = frame.contentDocument;
      return !!doc && doc.URL === 'about:blank';
    } catch (e) {
      return false;
    }
  }

  /* Frames that loaded before this script ran have already sent their height: ask them again. */
  function ping(): void {
    const list = frames();
    for (let i = 0; i < list.length; i++) {
      const origin = originOf(list[i]!);
      const target = list[i]!.contentWindow;
      if (origin && origin !== 'null' && target && !notYetLoaded(list[i]!))
        target.postMessage({ type: 'groundwork:ping' }, origin);
    }
  }

  window.addEventListener('message', onMessage);
  host.groundworkEmbed = { ping: ping };
  ping();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ping);
})();
