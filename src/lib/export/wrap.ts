// Greedy word wrap for SVG text (SVG has no line breaking): lines of at most `maxChars`, long words kept whole.
export function wrapText(text: string, maxChars: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > maxChars) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

/** Rough width of `text` in a sans-serif face such as DejaVu Sans or Verdana (wide faces: ~0.6 em a character). */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6;
}

/** How many characters fit in `width` pixels at `fontSize`. */
export function charsIn(width: number, fontSize: number): number {
  return Math.max(10, Math.floor(width / (fontSize * 0.6)));
}
