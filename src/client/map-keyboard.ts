// Keyboard use of a seat map: one Tab stop (roving tabindex), arrow keys to the neighbouring seat, Enter follows the link.
import type { BoundarySet } from '../lib/elections';
import { geometryPath } from '../lib/maps/values-client';
import type { WireGeometry, WireSeat } from '../lib/maps/values-geometry';
import { DIRECTIONS, type Direction, type MapKind } from '../lib/maps/types';
import { fetchJson } from './fetch-json';

const KEYS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export function seatOf(target: EventTarget | null): SVGAElement | null {
  return target instanceof Element ? (target.closest('a.gw-map__seat') as SVGAElement | null) : null;
}

export function seatByCode(root: ParentNode, code: string): SVGAElement | null {
  return root.querySelector<SVGAElement>(`a.gw-map__seat[data-code="${CSS.escape(code)}"]`);
}

/** Whether a seat is hidden from readers and the keyboard (outside the region a map is zoomed to). */
const hidden = (seat: Element): boolean => seat.getAttribute('aria-hidden') === 'true';

/** Makes `active` (or the first seat shown) the map's only Tab stop. */
export function setRoving(svg: SVGSVGElement, active: string | null): SVGAElement | null {
  const seats = [...svg.querySelectorAll<SVGAElement>('a.gw-map__seat')];
  const wanted = active ? seatByCode(svg, active) : null;
  const chosen = (wanted && !hidden(wanted) ? wanted : seats.find((s) => !hidden(s))) ?? null;
  for (const s of seats) s.setAttribute('tabindex', s === chosen ? '0' : '-1');
  return chosen;
}

/** The seat an arrow key leads to from a seat, or undefined at the map's edge. */
export type NeighbourOf = (code: string, dir: Direction) => Promise<string | undefined>;

/**
 * A map's arrow-key neighbours, from the geometry file of its area, kind and boundary set (/maps/{area}/{kind}-{set}.json,
 * which a change of view loads too), fetched on the first arrow key: the pages do not carry four neighbour attributes
 * on every seat (55 KB of a national map's HTML). `geometry` says which file the map on screen is drawn from.
 */
export function neighboursFrom(
  base: string,
  geometry: () => { area: string; kind: MapKind; set: BoundarySet },
): NeighbourOf {
  const graphs = new WeakMap<WireGeometry, Map<string, WireSeat>>();
  return async (code, dir) => {
    const g = geometry();
    const wire = await fetchJson<WireGeometry>(base, geometryPath(g.area, g.kind, g.set));
    let bySeat = graphs.get(wire);
    if (!bySeat) graphs.set(wire, (bySeat = new Map(wire.seats.map((s) => [s[0], s]))));
    return bySeat.get(code)?.[2 + DIRECTIONS.indexOf(dir)] || undefined;
  };
}

/**
 * Arrow keys move focus to the neighbouring seat, if it is on the map and shown. Presses are taken in order, each
 * from the seat then focused, so none is lost while the neighbours load.
 */
function handleArrows(container: HTMLElement, neighbourOf: NeighbourOf): void {
  let pending: Promise<void> = Promise.resolve();
  container.addEventListener('keydown', (event) => {
    const dir = KEYS[event.key];
    if (!dir || !seatOf(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    pending = pending
      .then(async () => {
        const seat = seatOf(document.activeElement);
        if (!seat || !container.contains(seat)) return;
        const code = await neighbourOf(seat.dataset.code ?? '', dir);
        const next = code ? seatByCode(container, code) : null;
        if (!next || hidden(next) || document.activeElement !== seat) return;
        seat.setAttribute('tabindex', '-1');
        next.setAttribute('tabindex', '0');
        next.focus();
      })
      .catch(() => undefined);
  });
}

/** Draws the focused seat's outline on top of its neighbours (the kit's empty overlay path). */
function showFocusOutline(svg: SVGSVGElement, seat: SVGAElement | null): void {
  const overlay = svg.querySelector('.gw-map__focus');
  if (!overlay) return;
  overlay.setAttribute('d', seat?.querySelector('path')?.getAttribute('d') ?? '');
}

/**
 * A seat map's keyboard use, as every map of the site has it: one Tab stop from the start, arrow keys to the
 * neighbouring seat, the focused seat's outline drawn on top. `svg` gives the drawing now in `box` (a map redraws);
 * `on` adds what a map does besides when a seat takes or loses the focus (its tooltip, its live region); `blur` also
 * runs on Escape.
 */
export function keyboardMap(
  box: HTMLElement,
  svg: () => SVGSVGElement,
  neighbourOf: NeighbourOf,
  on: { focus?: (seat: SVGAElement) => void; blur?: () => void } = {},
): void {
  setRoving(svg(), null);
  handleArrows(box, neighbourOf);
  box.addEventListener('focusin', (e) => {
    const seat = seatOf(e.target);
    if (!seat) return;
    setRoving(svg(), seat.dataset.code ?? null);
    showFocusOutline(svg(), seat);
    on.focus?.(seat);
  });
  box.addEventListener('focusout', () => {
    showFocusOutline(svg(), null);
    on.blur?.();
  });
  // Escape hides a tooltip, shown by hover or focus, without moving the pointer or the focus (WCAG 1.4.13).
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') on.blur?.();
  });
}
