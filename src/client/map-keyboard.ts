// Keyboard use of a seat map: one Tab stop (roving tabindex), arrow keys to the neighbouring seat, Enter follows the link.
import type { Direction } from '../lib/maps/types';

const KEYS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export function seatOf(target: EventTarget | null): SVGAElement | null {
  return target instanceof Element ? (target.closest('a.gw-map__seat') as SVGAElement | null) : null;
}

export function seatByCode(root: ParentNode, code: string): SVGAElement | null {
  return root.querySelector<SVGAElement>(`a.gw-map__seat[data-code="${CSS.escape(code)}"]`);
}

/** Makes `active` (or the first seat) the map's only Tab stop. */
export function setRoving(svg: SVGSVGElement, active: string | null): SVGAElement | null {
  const seats = svg.querySelectorAll<SVGAElement>('a.gw-map__seat');
  const chosen: SVGAElement | null = (active && seatByCode(svg, active)) || seats[0] || null;
  for (const s of seats) s.setAttribute('tabindex', s === chosen ? '0' : '-1');
  return chosen;
}

/** Arrow keys move focus to the seat named in data-left/right/up/down, if that seat is on the map. */
export function handleArrows(container: HTMLElement): void {
  container.addEventListener('keydown', (event) => {
    const dir = KEYS[event.key];
    const seat = seatOf(event.target);
    if (!dir || !seat || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const code = seat.dataset[dir];
    const next = code ? seatByCode(container, code) : null;
    if (!next) return;
    seat.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    next.focus();
  });
}

/** Draws the focused seat's outline on top of its neighbours (the kit's empty overlay path). */
export function showFocusOutline(svg: SVGSVGElement, seat: SVGAElement | null): void {
  const overlay = svg.querySelector('.gw-map__focus');
  if (!overlay) return;
  overlay.setAttribute('d', seat?.querySelector('path')?.getAttribute('d') ?? '');
}
