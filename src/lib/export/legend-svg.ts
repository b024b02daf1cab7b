// Legend drawn in SVG for exported graphics: swatches and labels flowed into rows that fit a width.
import type { LegendItem } from '../../graphics/types';
import { escapeAttr, escapeXml } from '../format/escape';
import { textWidth } from './wrap';

const FONT = 12;
const ROW = 20;
const SWATCH = 22;
const GAP = 16;

function swatch(item: LegendItem, x: number, y: number, ink: string): string {
  const c = escapeAttr(item.colour);
  switch (item.mark) {
    case 'cased-line':
      return `<rect x="${x}" y="${y - 2}" width="16" height="4" fill="${ink}"/>${swatch({ ...item, mark: 'line' }, x, y, ink)}`;
    case 'line':
      return `<rect x="${x}" y="${y - 1.5}" width="16" height="3" fill="${c}"/>`;
    case 'dashed-line':
      return `<path d="M${x},${y}H${x + 16}" stroke="${c}" stroke-width="2" stroke-dasharray="5 4"/>`;
    case 'dot':
      return `<circle cx="${x + 8}" cy="${y}" r="5" fill="${c}"/>`;
    case 'diamond':
      return `<path d="M${x + 8},${y - 6}L${x + 14},${y}L${x + 8},${y + 6}L${x + 2},${y}Z" fill="${c}" fill-opacity="0.6" stroke="${c}"/>`;
    case 'solid-diamond':
      return `<path d="M${x + 8},${y - 6}L${x + 14},${y}L${x + 8},${y + 6}L${x + 2},${y}Z" fill="${c}" stroke="#fff"/>`;
    case 'square':
      return `<rect x="${x + 2}" y="${y - 6}" width="12" height="12" fill="${c}" stroke="#00000040"/>`;
    case 'triangle':
      return `<path d="M${x + 8},${y - 6}L${x + 14},${y + 5}L${x + 2},${y + 5}Z" fill="none" stroke="${c}" stroke-width="1.5"/>`;
    case 'open':
      return `<path d="M${x},${y}H${x + 16}" stroke="${c}" stroke-width="2" stroke-dasharray="3 2"/><circle cx="${x + 8}" cy="${y}" r="4.5" fill="none" stroke="${c}" stroke-width="1.5"/>`;
  }
}

/** Legend rows for `items` within `width` pixels; the returned `height` is 0 when there are no items. */
export function legendSvg(items: readonly LegendItem[], width: number, ink: string): { svg: string; height: number } {
  if (items.length === 0) return { svg: '', height: 0 };
  const parts: string[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = SWATCH + textWidth(item.label, FONT);
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    const y = row * ROW + ROW / 2;
    parts.push(
      swatch(item, x, y, ink),
      `<text x="${x + SWATCH}" y="${y}" dy="0.35em" font-size="${FONT}" fill="${ink}">${escapeXml(item.label)}</text>`,
    );
    x += w + GAP;
  }
  return { svg: `<g class="legend">${parts.join('')}</g>`, height: (row + 1) * ROW };
}
