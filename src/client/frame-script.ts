// The script inside every embed (/embed/frame.js), deferred in the embed's <head>: first it
// pins the colours when the embed's URL says ?theme=light or ?theme=dark (the snippet's theme choice), then it tells
// the host page this frame's content height: on load, on every size change (ResizeObserver) and when the host's
// /embed.js asks ("groundwork:ping"). Kept as plain ES5 text: it is published as is.
export const FRAME_SCRIPT = `(function () {
  var root = document.documentElement;
  var theme = /[?&]theme=(light|dark)(&|$)/.exec(window.location.search);
  if (theme) { root.setAttribute('data-theme', theme[1]); root.style.colorScheme = theme[1]; }
  if (window.parent === window) return;
  var id = root.getAttribute('data-embed-id') || '';
  var last = -1;
  function send(force) {
    var h = Math.ceil(root.getBoundingClientRect().height);
    if (h === last && !force) return;
    last = h;
    window.parent.postMessage({ type: 'groundwork:height', height: h, id: id }, '*');
  }
  window.addEventListener('load', function () { send(true); });
  window.addEventListener('message', function (e) {
    if (e.source === window.parent && e.data && e.data.type === 'groundwork:ping') send(true);
  });
  if (typeof ResizeObserver === 'function') new ResizeObserver(function () { send(false); }).observe(root);
  else window.addEventListener('resize', function () { send(false); });
})();
`;
