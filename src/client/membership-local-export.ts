// The bring-your-own page's PNG, drawn in the browser from its chart's SVG on a canvas (the SVG reaches the canvas as
// a data: URL, which the site's CSP allows for images; blob: images it does not), and saved with no network.
import { saveBlob } from './save-blob';

/** Serialises the SVG with the page's colours and font written in, so it draws the same outside the page. */
function standaloneSvg(svg: SVGSVGElement, width: number, height: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const style = getComputedStyle(svg);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  // A <style> inside the detached copy (never put in the page, so the page's CSP does not apply to it).
  const css = clone.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'style');
  css.textContent = `svg { font-family: ${style.fontFamily}; font-size: ${style.fontSize}; color: #1a1a1a; overflow: visible; } text { white-space: pre; }`;
  clone.insertBefore(css, clone.firstChild);
  return new XMLSerializer().serializeToString(clone);
}

const TITLE_FONT = 'bold 15px system-ui, sans-serif';

/** The text in lines no wider than `max` px in `font`, broken at spaces (measured on `ctx`). */
function wrapped(ctx: CanvasRenderingContext2D, text: string, font: string, max: number): string[] {
  ctx.font = font;
  const lines: string[] = [];
  for (const word of text.split(' ').filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && ctx.measureText(`${last} ${word}`).width <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Draws the SVG at twice its size on a white canvas, under its title (the chart's accessible name, which names the
 * seat or seats and the dates) and over the caption, and saves it as a PNG.
 */
export function downloadPng(svg: SVGSVGElement, fileName: string, caption: string): Promise<void> {
  const box = svg.getBoundingClientRect();
  const viewBox = svg.viewBox.baseVal;
  const width = Math.round(viewBox?.width || box.width || 640);
  const height = Math.round(viewBox?.height || box.height || 400);
  const footer = 36;
  const scale = 2;
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(standaloneSvg(svg, width, height))}`;
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      const ctx = canvas.getContext('2d');
      if (!ctx) return reject(new Error('no canvas'));
      const title = wrapped(ctx, svg.getAttribute('aria-label') ?? '', TITLE_FONT, width - 8);
      const header = title.length * 20 + 12;
      canvas.width = width * scale;
      canvas.height = (header + height + footer) * scale;
      ctx.scale(scale, scale);
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, width, header + height + footer);
      ctx.fillStyle = '#1a1a1a';
      ctx.font = TITLE_FONT;
      title.forEach((t, i) => ctx.fillText(t, 4, 20 + i * 20));
      ctx.drawImage(img, 0, header, width, height);
      ctx.fillStyle = '#333333';
      ctx.font = '11px system-ui, sans-serif';
      const line = caption.length > 140 ? `${caption.slice(0, 137)}…` : caption;
      ctx.fillText(line, 4, header + height + 22);
      canvas.toBlob((blob) => {
        if (!blob) return reject(new Error('could not make the PNG'));
        saveBlob(blob, fileName);
        resolve();
      }, 'image/png');
    };
    img.onerror = () => reject(new Error('could not draw the chart'));
    img.src = url;
  });
}
