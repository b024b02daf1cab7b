// The downloadable SVG of a graphic: title, the graphic as shown, legend, source line and data version, in fixed colours.
import type { Graphic } from '../../graphics/types';
import { escapeXml } from '../format/escape';
import { legendSvg } from './legend-svg';
import { explicitColours, setRootAttrs } from './svg-root';
import { FONT_FAMILY, INK, MUTED, PAPER } from './theme';
import { charsIn, wrapText } from './wrap';

export interface ExportMeta {
  /** Short data version hash, as in the site footer. */
  version: string;
  /** Absolute URL of the page that shows the graphic. */
  permalinkUrl: string;
}

export interface ExportedSvg {
  svg: string;
  width: number;
  height: number;
}

const PAD = 20;

/**
 * The drawing without its links: a map's 650 seat links (each with its accessible name) are for the page and the embed,
 * where they can be followed; in a file for print or slides they were two-thirds of its bytes and led nowhere (an SVG
 * placed as an image follows no link).
 */
function unlinked(svg: string): string {
  return svg.replace(/<a\b[^>]*>|<\/a>/g, '');
}

function textBlock(
  lines: readonly string[],
  y0: number,
  size: number,
  lineHeight: number,
  fill: string,
  weight = 'normal',
): string {
  return lines
    .map(
      (l, i) =>
        `<text x="${PAD}" y="${y0 + i * lineHeight}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(l)}</text>`,
    )
    .join('');
}

export function exportSvg(g: Graphic, meta: ExportMeta): ExportedSvg {
  const inner = Math.max(g.width, 400);
  const width = Math.ceil(inner + 2 * PAD);
  const title = wrapText(g.title, charsIn(inner, 18));
  const source = wrapText(`Source: ${g.source}`, charsIn(inner, 11));
  const footer = wrapText(`Groundwork · data version ${meta.version} · ${meta.permalinkUrl}`, charsIn(inner, 11));
  const legend = legendSvg(g.legend, inner, INK);

  let y = PAD + 18;
  const titleSvg = textBlock(title, y, 18, 24, INK, 'bold');
  y += (title.length - 1) * 24 + 14;
  const chartY = y;
  const chart = setRootAttrs(unlinked(explicitColours(g.exportSvg ?? g.svg, INK)), {
    x: PAD + (inner - g.width) / 2,
    y: chartY,
    width: g.width,
    height: g.height,
    'font-family': FONT_FAMILY,
    overflow: 'visible',
    style: null,
    class: null,
  });
  y += g.height + 10;
  const legendY = y;
  y += legend.height + (legend.height ? 12 : 4);
  const sourceSvg = textBlock(source, y + 11, 11, 15, MUTED);
  y += source.length * 15 + 4;
  const footerSvg = textBlock(footer, y + 11, 11, 15, MUTED);
  y += footer.length * 15;
  const height = Math.ceil(y + PAD);

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}">` +
    `<title>${escapeXml(g.title)}</title><desc>${escapeXml(g.description)}</desc>` +
    `<rect width="100%" height="100%" fill="${PAPER}"/>` +
    titleSvg +
    chart +
    (legend.svg ? `<g transform="translate(${PAD},${legendY})">${legend.svg}</g>` : '') +
    sourceSvg +
    footerSvg +
    `</svg>`;
  return { svg, width, height };
}
