// The map embed's script: the same keyboard and tooltips as the site's map (map-keyboard, map-tooltip) on the
// embedded SVG: one Tab stop, arrow keys to neighbouring seats, a tooltip on keyboard focus and on hover, and the
// focus outline drawn on top. Values for the tooltips come from the embed's own site (same origin as the frame).
import { election, type ElectionId } from '../lib/elections';
import type { MapKind } from '../lib/maps/types';
import { valuesPath } from '../lib/maps/values-client';
import { tooltipLines, type LabelContext } from '../lib/maps/values-label';
import type { MapMode } from '../lib/maps/values-mode';
import type { ValueSeat, ValuesFile } from '../lib/maps/values';
import { fetchJson } from './fetch-json';
import { keyboardMap, neighboursFrom, seatOf } from './map-keyboard';
import { hideTooltip, showTooltip } from './map-tooltip';

export interface MapEmbedConfig {
  base: string;
  area: string;
  kind: MapKind;
  election: ElectionId;
  mode: MapMode;
  ctx: LabelContext;
}

function enhance(box: HTMLElement, config: MapEmbedConfig): void {
  const svg = box.querySelector<SVGSVGElement>('svg.gw-map');
  if (!svg) return;
  const tip = document.createElement('div');
  tip.className = 'gw-mapfig__tip';
  tip.hidden = true;
  tip.setAttribute('aria-hidden', 'true');
  box.append(tip);
  box.classList.add('gw-embed-map');
  let values: Promise<Map<string, ValueSeat>> | null = null;
  let tipFor: string | null = null;
  const valueOf = (code: string) => {
    values ??= fetchJson<ValuesFile>(config.base, valuesPath(config.area, config.election)).then(
      (f) => new Map(f.seats.map((s) => [s.code, s])),
    );
    return values.then((m) => m.get(code));
  };
  const tipAt = async (seat: SVGAElement): Promise<void> => {
    const code = seat.dataset.code ?? '';
    tipFor = code;
    const v = await valueOf(code).catch(() => undefined);
    if (!v || tipFor !== code) return;
    showTooltip(box, tip, seat, tooltipLines(v, config.mode, config.ctx), '');
  };
  const hide = () => {
    hideTooltip(tip);
    tipFor = null;
  };
  const set = election(config.election).boundarySet;
  keyboardMap(
    box,
    () => svg,
    neighboursFrom(config.base, () => ({ area: config.area, kind: config.kind, set })),
    { focus: (seat) => void tipAt(seat), blur: hide },
  );
  box.addEventListener('pointerover', (e) => {
    const seat = seatOf(e.target);
    if (seat && e.pointerType === 'mouse') void tipAt(seat);
  });
  box.addEventListener('pointerleave', hide);
}

const json = document.querySelector('script[type="application/json"][data-map-embed]')?.textContent;
const figure = document.querySelector<HTMLElement>('figure[data-graphic]');
if (json && figure) enhance(figure, JSON.parse(json) as MapEmbedConfig);
