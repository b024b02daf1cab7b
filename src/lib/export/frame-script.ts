// The script inside every embed (/embed/frame.js): tells the host page this frame's content height.
// Sent on load, on every size change (ResizeObserver) and when the host's /embed.js asks ("groundwork:ping").
export const FRAME_SCRIPT = `(function () {
  if (window.parent === window) return;
  var root = document.documentElement;
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
