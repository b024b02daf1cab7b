// PNG downloads drawn in the reader's browser: the graphic's downloadable SVG (title, drawing, legend, source line and
// data version; /downloads/{family}/{key}.svg) is drawn on a canvas at twice its size and saved, so the build writes no
// download PNGs. The SVG is loaded as a same-origin image (the CSP's img-src 'self'), which leaves the canvas readable.
// Without JavaScript the PNG button stays hidden and the SVG and CSV links remain.
import { saveBlob } from './save-blob';

/** Pixel ratio of a downloaded PNG. */
export const PNG_SCALE = 2;

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('could not load the chart image'));
    img.src = src;
  });
}

/** The SVG at `svgUrl` as PNG bytes, `scale` times its own size, on white. */
export async function svgUrlToPng(svgUrl: string, scale = PNG_SCALE): Promise<Blob> {
  const img = await loadImage(svgUrl);
  const width = img.naturalWidth;
  const height = img.naturalHeight;
  if (!width || !height) throw new Error('the chart image has no size');
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw images');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('could not make the PNG'))), 'image/png'),
  );
}

/** Shows every `button[data-png-from]` and makes it draw and save its PNG (file name from data-png-name). */
export function enablePngButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-png-from]')) {
    if (button.dataset.pngReady) continue;
    button.dataset.pngReady = '1';
    button.hidden = false;
    const status = button.parentElement?.querySelector<HTMLElement>('[data-png-status]') ?? null;
    button.addEventListener('click', () => {
      button.disabled = true;
      if (status) status.textContent = 'Drawing the PNG…';
      svgUrlToPng(button.dataset.pngFrom!)
        .then((blob) => {
          saveBlob(blob, button.dataset.pngName ?? 'chart.png');
          if (status) status.textContent = 'PNG saved.';
        })
        .catch((e: Error) => {
          if (status) status.textContent = `No PNG: ${e.message}. The SVG link has the same image.`;
        })
        .finally(() => {
          button.disabled = false;
        });
    });
  }
}
