// Redraws a map figure for a new view (loaded on the first change of view, as it carries the colour scales).
import { MISSING_COLOUR } from '../lib/maps/colour';
import { renderLegendSvg, renderMapSvg } from '../lib/maps/svg';
import { seatPath, type MapClientConfig } from '../lib/maps/values-client';
import { fromWire, type WireGeometry } from '../lib/maps/values-geometry';
import type { LabelContext } from '../lib/maps/values-label';
import { partyName } from '../lib/parties';
import { paint } from '../lib/maps/values-paint';
import type { MapState } from '../lib/maps/values-state';
import type { MapRow } from '../lib/maps/values-table';
import { valueHeader, viewNotes, viewTitle, type TitleContext } from '../lib/maps/values-title';
import type { ValuesFile } from '../lib/maps/values';
import { parseSvg } from './map-svg';
import type { MapTable } from './map-table';

export interface DrawTarget {
  root: HTMLElement;
  svg: SVGSVGElement;
  config: MapClientConfig;
  table: MapTable | null;
  ctx: LabelContext;
}

/** What a drawn view leaves on the page: its SVG, and the table's rows under their value heading. */
export interface DrawnView {
  svg: SVGSVGElement;
  rows: MapRow[];
  measure: string;
}

/**
 * Paints the view: a new SVG when the geometry changed (else new fills and names in place), the legend, notes,
 * title and table.
 */
export function drawView(t: DrawTarget, next: MapState, wire: WireGeometry | null, file: ValuesFile): DrawnView {
  const { config, ctx } = t;
  let svg = t.svg;
  const painted = paint(file, next.mode, ctx, config.domains);
  const regionName = new Map(config.regions.map((r) => [r.code, r.name]));
  const rows: MapRow[] = file.seats
    .filter((s) => !next.zoom || s.region === next.zoom)
    .map((s) => ({
      code: s.code,
      name: s.name,
      href: `${config.base}${seatPath(s.code)}`,
      region: regionName.get(s.region) ?? s.region,
      winner: partyName(s.winner),
      cell: painted.seats.get(s.code)?.cell ?? '',
      sort: painted.seats.get(s.code)?.sort ?? null,
    }));
  const zoomName = next.zoom ? regionName.get(next.zoom) : undefined;
  const titleCtx: TitleContext = {
    election: next.election,
    seats: file.seats.length,
    areaName: config.areaName,
    ...(ctx.layer ? { layer: ctx.layer } : {}),
    ...(zoomName ? { zoom: { name: zoomName, seats: rows.length } } : {}),
  };
  const title = viewTitle(next.kind, next.mode, titleCtx);
  if (wire) {
    const markup = renderMapSvg(fromWire(wire), {
      idPrefix: config.idPrefix,
      title,
      description: svg.querySelector('desc')?.textContent ?? '',
      fill: (code) => painted.seats.get(code)?.fill ?? MISSING_COLOUR,
      label: (code) => painted.seats.get(code)?.label ?? code,
      href: (code) => `${config.base}${seatPath(code)}`,
      className: 'gw-mapfig__svg',
    });
    const fresh = parseSvg(markup);
    svg.replaceWith(fresh);
    svg = fresh;
  } else {
    const missingFill = `url(#${config.idPrefix}-missing)`;
    for (const a of svg.querySelectorAll<SVGAElement>('a.gw-map__seat')) {
      const p = painted.seats.get(a.dataset.code ?? '');
      if (!p) continue;
      const missing = p.fill === MISSING_COLOUR;
      a.querySelector('path')?.setAttribute('fill', missing ? missingFill : p.fill);
      a.classList.toggle('gw-map__seat--missing', missing);
      a.setAttribute('aria-label', p.label);
    }
    const svgTitle = svg.querySelector('title');
    if (svgTitle) svgTitle.textContent = title;
  }
  t.root
    .querySelector('[data-map-legend]')
    ?.replaceChildren(parseSvg(renderLegendSvg(painted.legend, { idPrefix: `${config.idPrefix}-legend`, width: 300 })));
  t.root
    .querySelector('[data-map-notes]')
    ?.replaceChildren(
      ...viewNotes(next.mode, titleCtx).map((n) => Object.assign(document.createElement('li'), { textContent: n })),
    );
  const heading = t.root.querySelector('[data-map-title]');
  if (heading) heading.textContent = title;
  const measure = valueHeader(next.mode, titleCtx);
  t.table?.update(rows, measure, title);
  return { svg, rows, measure };
}
