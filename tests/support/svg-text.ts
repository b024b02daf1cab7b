// Text in a chart's SVG that runs past the drawing's edge (cut off on a phone and in the PNG download), and the
// smallest text height on screen; measured in the browser on the laid-out page.
import type { Locator } from '@playwright/test';

export function textOutside(svg: Locator): Promise<string[]> {
  return svg.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return [...el.querySelectorAll('text')]
      .map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }))
      .filter(
        ({ r }) =>
          r.width > 0 &&
          (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1),
      )
      .map(({ text }) => text);
  });
}

export function smallestText(svg: Locator): Promise<number> {
  return svg.evaluate((el) =>
    Math.min(...[...el.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height).filter((h) => h > 0)),
  );
}
