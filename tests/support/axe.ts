// Runs axe-core over the current page (or a part of it) and returns violations in a readable form (rule, impact, first targets).
// Groundwork's own embed frames (iframe[data-groundwork-embed], as on /embed/) are left out of the scan: each embed
// page is scanned on its own (pages.spec.ts), and axe's Playwright runner waits about a second for every lazy
// frame that has not loaded (about 50 s on /embed/). What axe would check on the frame element itself, a title, is
// checked here instead. Pages without such frames are scanned in axe's one-call mode (legacy mode: axe.run in the
// page), which on big pages is several times faster than the frame-by-frame partial runs (/seats/ 24 s -> 10 s,
// the home page 26 s -> 5 s); with lazy frames on the page that mode would wait on each of them instead.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const OWN_FRAMES = 'iframe[data-groundwork-embed]';

export async function axeViolations(page: Page, scope: { include?: string; exclude?: string } = {}): Promise<string[]> {
  const framed = (await page.locator(OWN_FRAMES).count()) > 0;
  let builder = new AxeBuilder({ page }).setLegacyMode(!framed).exclude(OWN_FRAMES);
  if (scope.include) builder = builder.include(scope.include);
  if (scope.exclude) builder = builder.exclude(scope.exclude);
  // Only violations are read, so axe need not build full reports of passes and incomplete checks (much faster on big pages).
  const results = await builder
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  const untitled = await page
    .locator(OWN_FRAMES)
    .evaluateAll((frames) =>
      frames.filter((f) => !f.getAttribute('title')?.trim()).map((f) => f.getAttribute('src') ?? '?'),
    );
  return [
    ...results.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    ),
    ...untitled.map((src) => `frame-title (serious): iframe[src="${src}"] has no title`),
  ];
}
