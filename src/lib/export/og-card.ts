// Open Graph / Twitter card images (1200x630) drawn as SVG: a seat's result, a chart, or the site's default card.
import { escapeAttr, escapeXml } from '../format/escape';
import { explicitColours, setRootAttrs } from './svg-root';
import { FONT_FAMILY, INK, MUTED, PAPER, RULE } from './theme';
import { charsIn, wrapText } from './wrap';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const X = 60;
const INNER = CARD_WIDTH - 2 * X;
const ACCENT = '#0b5cad';

export interface SeatCard {
  name: string;
  /** e.g. "London · 2024 constituency". */
  context: string;
  /** e.g. "2024: Lab gain from Con". */
  headline: string;
  /** e.g. "Majority 4,774 (11.1%)". */
  majority: string;
  /** Vote shares in display order (largest first), in percent. */
  bars: readonly { label: string; share: number; colour: string }[];
  /** The page's address, e.g. "groundwork.example.org/seat/E14001434/". */
  footer: string;
}

function frame(body: string, footer: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${escapeAttr(FONT_FAMILY)}">` +
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${PAPER}"/><rect width="${CARD_WIDTH}" height="10" fill="${ACCENT}"/>` +
    `<text x="${X}" y="70" font-size="28" font-weight="bold" fill="${ACCENT}">Groundwork</text>` +
    `<text x="${CARD_WIDTH - X}" y="70" font-size="22" fill="${MUTED}" text-anchor="end">UK general elections, seat by seat</text>` +
    body +
    `<line x1="${X}" x2="${CARD_WIDTH - X}" y1="572" y2="572" stroke="${RULE}" stroke-width="2"/>` +
    `<text x="${X}" y="606" font-size="20" fill="${MUTED}">${escapeXml(footer)}</text>` +
    `</svg>`
  );
}

function nameSize(name: string): number {
  return name.length <= 24 ? 68 : name.length <= 32 ? 54 : 44;
}

export function seatCardSvg(c: SeatCard): string {
  const size = nameSize(c.name);
  const name = wrapText(c.name, charsIn(INNER, size)).slice(0, 2);
  let y = 120 + size;
  const parts = name.map(
    (l, i) =>
      `<text x="${X}" y="${y + i * size * 1.1}" font-size="${size}" font-weight="bold" fill="${INK}">${escapeXml(l)}</text>`,
  );
  y += (name.length - 1) * size * 1.1 + 44;
  parts.push(`<text x="${X}" y="${y}" font-size="26" fill="${MUTED}">${escapeXml(c.context)}</text>`);
  y += 64;
  parts.push(`<text x="${X}" y="${y}" font-size="40" font-weight="bold" fill="${INK}">${escapeXml(c.headline)}</text>`);
  parts.push(
    `<text x="${CARD_WIDTH - X}" y="${y}" font-size="32" fill="${INK}" text-anchor="end">${escapeXml(c.majority)}</text>`,
  );
  const barY = Math.max(y + 30, 420);
  let x = X;
  const total = Math.max(
    100,
    c.bars.reduce((a, b) => a + b.share, 0),
  );
  for (const b of c.bars) {
    const w = (b.share / total) * INNER;
    if (w <= 0) continue;
    parts.push(
      `<rect x="${x.toFixed(1)}" y="${barY}" width="${w.toFixed(1)}" height="56" fill="${escapeAttr(b.colour)}" stroke="${PAPER}" stroke-width="2"/>`,
    );
    x += w;
  }
  let lx = X;
  for (const b of c.bars.filter((d) => d.share >= 3).slice(0, 4)) {
    const text = `${b.label} ${b.share.toFixed(1)}%`;
    parts.push(
      `<rect x="${lx}" y="${barY + 80}" width="22" height="22" fill="${escapeAttr(b.colour)}" stroke="#00000040"/>`,
    );
    parts.push(`<text x="${lx + 32}" y="${barY + 99}" font-size="26" fill="${INK}">${escapeXml(text)}</text>`);
    lx += 32 + text.length * 26 * 0.6 + 36;
  }
  return frame(parts.join(''), c.footer);
}

/**
 * A chart card's title: two lines at 40 px, or, when it needs more, up to three at 32 px; a title longer still ends
 * in an ellipsis (the page's own title is whole).
 */
export function cardTitle(title: string): { lines: string[]; size: number } {
  const big = wrapText(title, charsIn(INNER, 40));
  if (big.length <= 2) return { lines: big, size: 40 };
  const small = wrapText(title, charsIn(INNER, 32));
  if (small.length <= 3) return { lines: small, size: 32 };
  return { lines: [...small.slice(0, 2), `${small[2]!.replace(/\s*\S*$/, '')}\u2026`], size: 32 };
}

/** A chart card: its title and the graphic itself, fitted into the card (centred, aspect ratio kept, explicit colours). */
export function graphicCardSvg(
  g: { title: string; svg: string; width: number; height: number },
  footer: string,
): string {
  const { lines: title, size } = cardTitle(g.title);
  const step = Math.round(size * 1.15);
  const titleSvg = title
    .map(
      (l, i) =>
        `<text x="${X}" y="${136 + i * step}" font-size="${size}" font-weight="bold" fill="${INK}">${escapeXml(l)}</text>`,
    )
    .join('');
  const top = 136 + (title.length - 1) * step + 24;
  const chart = setRootAttrs(explicitColours(g.svg, INK), {
    x: X,
    y: top,
    width: INNER,
    height: 556 - top,
    preserveAspectRatio: 'xMidYMid meet',
    'font-family': FONT_FAMILY,
    overflow: 'visible',
    style: null,
    class: null,
  });
  return frame(titleSvg + chart, footer);
}

export function defaultCardSvg(footer: string): string {
  const lines = wrapText(
    'Election results 2010–2024 for every UK constituency, with the swing, the organisers and the membership figures: the numbers, the method and the uncertainty.',
    charsIn(INNER, 34),
  );
  const body =
    `<text x="${X}" y="220" font-size="76" font-weight="bold" fill="${INK}">Every seat, checked</text>` +
    lines
      .map((l, i) => `<text x="${X}" y="${310 + i * 48}" font-size="34" fill="${MUTED}">${escapeXml(l)}</text>`)
      .join('');
  return frame(body, footer);
}
