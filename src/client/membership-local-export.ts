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

/** Draws the SVG at twice its size on a white canvas and saves it as a PNG. */
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
      canvas.width = width * scale;
      canvas.height = (height + footer) * scale;
      const ctx = canvas.getContext('2d');
      if (!ctx) return reject(new Error('no canvas'));
      ctx.scale(scale, scale);
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, width, height + footer);
      ctx.drawImage(img, 0, 0, width, height);
      ctx.fillStyle = '#333333';
      ctx.font = '11px system-ui, sans-serif';
      const line = caption.length > 140 ? `${caption.slice(0, 137)}…` : caption;
      ctx.fillText(line, 4, height + 22);
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
