// Recolours the build-time hex map for the membership tool and rewrites each seat's accessible name.
import { legendSummary, renderLegendSvg } from '../lib/maps/svg';
import { MISSING_COLOUR } from '../lib/maps/colour';
import { membershipScale } from '../lib/membership/colour';
import { mapValues, type MapMode, type SeatValue } from '../lib/membership/measures';
import type { Reference } from '../lib/membership/reference';
import type { Dataset } from '../lib/membership/types';
import { longDate } from '../lib/membership/wording';

const MINUS = '\u2212';

const FORMATS = new Map<number, Intl.NumberFormat>();

function number(v: number, digits: number): string {
  let f = FORMATS.get(digits);
  if (!f) FORMATS.set(digits, (f = new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits })));
  const s = f.format(Math.abs(v));
  return v < 0 ? `${MINUS}${s}` : s;
}

export function valueWords(v: SeatValue, mode: MapMode): string {
  if ('missing' in v) return v.missing;
  switch (mode.kind) {
    case 'members':
      return `${number(v.value, 0)} members on ${longDate(mode.date)}`;
    case 'per1000':
      return `${number(v.value, 1)} members per 1,000 electors on ${longDate(mode.date)}`;
    case 'change': {
      const sign = v.value > 0 ? '+' : '';
      const unit =
        mode.measure === 'absolute'
          ? ' members'
          : mode.measure === 'percent'
            ? '% members'
            : ' members per 1,000 electors';
      return `${sign}${number(v.value, mode.measure === 'absolute' ? 0 : 1)}${unit}, ${longDate(mode.from)} to ${longDate(mode.to)}`;
    }
  }
}

/** Colours `svg`'s seats from `dataset`, labels them, and returns the legend's SVG and summary. */
export function paintMap(
  svg: SVGSVGElement,
  ref: Reference,
  dataset: Dataset,
  mode: MapMode,
): { legend: string; summary: string; values: Map<string, SeatValue> } {
  const values = mapValues(ref, dataset, mode);
  const scale = membershipScale(mode, [...values.values()]);
  const missingFill = `url(#ml-hex-${ref.set}-missing)`;
  for (const a of svg.querySelectorAll<SVGAElement>('a[data-code]')) {
    const code = a.dataset.code ?? '';
    const v = values.get(code) ?? { missing: 'not in the data' };
    const fill = scale.colour(v);
    const missing = fill === MISSING_COLOUR;
    a.querySelector('path')?.setAttribute('fill', missing ? missingFill : fill);
    a.classList.toggle('gw-map__seat--missing', missing);
    a.setAttribute('aria-label', `${ref.seats.get(code)?.name ?? code}: ${valueWords(v, mode)}`);
  }
  return {
    legend: renderLegendSvg(scale.legend, { idPrefix: 'ml-legend', width: 320 }),
    summary: legendSummary(scale.legend),
    values,
  };
}

/** Back to the unloaded state: every seat grey, "no figures loaded". */
export function clearMap(svg: SVGSVGElement, ref: Reference): void {
  for (const a of svg.querySelectorAll<SVGAElement>('a[data-code]')) {
    const code = a.dataset.code ?? '';
    a.querySelector('path')?.setAttribute('fill', `url(#ml-hex-${ref.set}-missing)`);
    a.classList.add('gw-map__seat--missing');
    a.setAttribute('aria-label', `${ref.seats.get(code)?.name ?? code}: no figures loaded`);
  }
}
