// One browser page per Playwright worker for tests that only read pages: a fresh context and page cost about 1.5
// CPU-s each, more than most such tests. `sharedPage` is that page, with the test's `viewport` and
// `javaScriptEnabled` options applied (one page per worker with scripts, one without); after each test its listeners,
// routes and init scripts are removed, its colour scheme is light again and it is left on about:blank. A test that needs
// a page of its own (a fake clock, permissions, stored data) keeps Playwright's `page`. A failed test restarts its worker, so a page in
// an unknown state is never handed on.
import {
  expect,
  test as base,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Disposable,
  type Page,
  type WorkerInfo,
} from '@playwright/test';

const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

/**
 * Every option a test here may set, given explicitly: inside a test, Playwright's `browser.newContext` starts from that
 * test's options, so a worker page first made during a test without scripts or at 390 px would otherwise keep them.
 */
function contextOptions(baseURL: string | undefined, javaScriptEnabled: boolean): BrowserContextOptions {
  return { baseURL, javaScriptEnabled, viewport: DEFAULT_VIEWPORT, colorScheme: 'light' };
}

/** A new page of `context`, checked to run scripts or not as asked (the options above are what decides it). */
async function checkedPage(context: BrowserContext, javaScriptEnabled: boolean): Promise<Page> {
  const page = await context.newPage();
  await page.setContent('<title>no scripts</title><script>document.title = "scripts"</script>');
  expect(await page.title(), 'the shared page runs scripts as asked').toBe(
    javaScriptEnabled ? 'scripts' : 'no scripts',
  );
  return page;
}

interface WorkerPages {
  withScripts: Page;
  withoutScripts: Page;
}

/** The worker fixture of one shared page, with scripts or without. */
function workerPage(
  javaScriptEnabled: boolean,
): [
  (args: { browser: Browser }, use: (page: Page) => Promise<void>, info: WorkerInfo) => Promise<void>,
  { scope: 'worker' },
] {
  return [
    async ({ browser }: { browser: Browser }, use: (page: Page) => Promise<void>, info: WorkerInfo) => {
      const context = await browser.newContext(contextOptions(info.project.use.baseURL, javaScriptEnabled));
      await use(await checkedPage(context, javaScriptEnabled));
      await context.close();
    },
    { scope: 'worker' },
  ];
}

export const test = base.extend<{ sharedPage: Page }, WorkerPages>({
  withScripts: workerPage(true),
  withoutScripts: workerPage(false),
  sharedPage: async ({ withScripts, withoutScripts, javaScriptEnabled, viewport }, use) => {
    const page = javaScriptEnabled === false ? withoutScripts : withScripts;
    const size = viewport ?? DEFAULT_VIEWPORT;
    const now = page.viewportSize();
    if (now?.width !== size.width || now.height !== size.height) await page.setViewportSize(size);
    const scripts: Disposable[] = [];
    const addInitScript = page.addInitScript;
    page.addInitScript = async (...args: Parameters<Page['addInitScript']>) => {
      const script = await addInitScript.apply(page, args);
      scripts.push(script);
      return script;
    };
    await use(page);
    page.addInitScript = addInitScript;
    for (const script of scripts) await script.dispose();
    page.removeAllListeners();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.mouse.move(0, 0);
    await page.goto('about:blank');
  },
});

export { expect };

/** A block of tests of pages without JavaScript: each gets the shared page with scripts off. */
export function withoutScripts(title: string, body: () => void): void {
  test.describe(title, () => {
    test.use({ javaScriptEnabled: false });
    body();
  });
}
