// The map's tooltip: three lines of text (name, value, result) placed above the seat, kept inside the map box.
export function showTooltip(
  box: HTMLElement,
  tip: HTMLElement,
  seat: Element,
  lines: readonly string[],
  hint: string,
): void {
  tip.replaceChildren();
  lines.forEach((line, i) => {
    const el = document.createElement(i === 0 ? 'strong' : 'span');
    el.textContent = line;
    tip.append(el);
  });
  if (hint) {
    const el = document.createElement('span');
    el.className = 'gw-mapfig__tip-hint';
    el.textContent = hint;
    tip.append(el);
  }
  tip.hidden = false;
  const b = box.getBoundingClientRect();
  const s = seat.getBoundingClientRect();
  const t = tip.getBoundingClientRect();
  const x = Math.max(4, Math.min(b.width - t.width - 4, s.left + s.width / 2 - b.left - t.width / 2));
  const above = s.top - b.top - t.height - 8;
  const y = above >= 0 ? above : s.bottom - b.top + 8;
  tip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
}

export function hideTooltip(tip: HTMLElement): void {
  tip.hidden = true;
}
