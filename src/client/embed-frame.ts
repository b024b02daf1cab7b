/* Groundwork embed frame script, published at /embed/frame.js and deferred in every embed page's <head>. First it
   pins the colours when the embed's URL says ?theme=light or ?theme=dark (the snippet's theme choice), then it tells
   the host page this frame's content height: on load, on every size change (ResizeObserver) and when the host's
   /embed.js asks ("groundwork:ping"). */
// Runs inside the embed frame as a classic script: src/pages/embed/frame.js.ts publishes it compiled to ES5 (types
// stripped, const and let as var), never bundled, so it imports and exports nothing.
(function () {
  const root = document.documentElement;
  const theme = /[?&]theme=(light|dark)(&|$)/.exec(window.location.search);
  if (theme) {
    root.setAttribute('data-theme', theme[1]!);
    root.style.colorScheme = theme[1]!;
  }
  if (window.parent === window) return;
  const id = root.getAttribute('data-embed-id') || '';
  let last = -1;
  function send(force: boolean): void {
    const h = Math.ceil(root.getBoundingClientRect().height);
    if (h === last && !force) return;
    last = h;
    window.parent.postMessage({ type: 'groundwork:height', height: h, id: id }, '*');
  }
  window.addEventListener('load', function () {
    send(true);
  });
  window.addEventListener('message', function (e: MessageEvent) {
    if (e.source === window.parent && e.data && e.data.type === 'groundwork:ping') send(true);
  });
  if (typeof ResizeObserver === 'function')
    new ResizeObserver(function () {
      send(false);
    }).observe(root);
  else
    window.addEventListener('resize', function () {
      send(false);
    });
})();
