/* Groundwork embed resizer, published at /embed.js. Put it once on a page with Groundwork
   iframes (marked data-groundwork-embed); it sets each frame's height from that frame's own messages.
   It accepts a message only when it comes from the frame's window AND from the origin of the frame's src.
   A frame inside the snippet's responsive box (data-groundwork-box) sizes the box instead: the box's own CSS
   height formula is what shows where a host blocks or strips this script.
   No dependencies, no cookies, no requests of its own. */
(function () {
  'use strict';
  if (window.groundworkEmbed) { window.groundworkEmbed.ping(); return; }
  var MAX = 20000;

  function frames() { return document.querySelectorAll('iframe[data-groundwork-embed]'); }

  function originOf(frame) {
    try { return new URL(frame.getAttribute('src') || '', document.baseURI).origin; } catch (e) { return null; }
  }

  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'groundwork:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (!event.source || frame.contentWindow !== event.source) continue;
      if (originOf(frame) !== event.origin) continue;
      var px = Math.min(Math.ceil(height), MAX);
      var box = frame.parentElement;
      if (box && box.hasAttribute('data-groundwork-box')) { box.style.paddingTop = px + 'px'; continue; }
      frame.style.height = px + 'px';
      frame.setAttribute('height', String(px));
    }
  }

  /* Frames that loaded before this script ran have already sent their height: ask them again. */
  function ping() {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var origin = originOf(list[i]);
      if (origin && origin !== 'null' && list[i].contentWindow) list[i].contentWindow.postMessage({ type: 'groundwork:ping' }, origin);
    }
  }

  window.addEventListener('message', onMessage);
  window.groundworkEmbed = { ping: ping };
  ping();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ping);
})();
