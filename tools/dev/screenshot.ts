// Takes screenshots of built pages at phone and desktop widths: `tsx tools/dev/screenshot.ts /seat/E14000887/ ...`.
import { chromium } from 'playwright-core';
import { CHROME_FLAGS } from '../../tests/support/chrome';

const base = process.env.BASE ?? 'http://127.0.0.1:4321';
const out = process.env.OUT ?? '/tmp/shots';
const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: CHROME_FLAGS,
});
for (const path of process.argv.slice(2)) {
  for (const width of widths) {
    const page = await browser.newPage({
      viewport: { width, height: 900 },
      colorScheme: (process.env.SCHEME as 'light' | 'dark') ?? 'light',
    });
    await page.goto(base + path, { waitUntil: 'networkidle' });
    const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_')}_${width}${process.env.SCHEME === 'dark' ? '_dark' : ''}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
    console.log(file);
    await page.close();
  }
}
await browser.close();
