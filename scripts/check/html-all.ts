// CLI: `tsx scripts/check/html-all.ts [dist]` runs the Nu HTML checker over every page of a built site (minutes; the
// test suite checks a page of every kind and a seeded sample) and prints the errors grouped by message.
import { join, resolve } from 'node:path';
import { listFiles } from './crawl';
import { REPO } from './site-copy';
import { IGNORED_HTML_MESSAGES, validateHtml } from './vnu';

const dist = resolve(process.argv[2] ?? join(REPO, 'dist'));
const files = listFiles(dist, /\.html$/);
const t0 = Date.now();
const byMessage = new Map<string, { n: number; example: string }>();
const BATCH = 500;
for (let i = 0; i < files.length; i += BATCH) {
  const batch = files.slice(i, i + BATCH);
  for (const m of validateHtml(batch.map((f) => join(dist, f)), dist)) {
    if (IGNORED_HTML_MESSAGES.some((re) => re.test(m.message))) continue;
    const e = byMessage.get(m.message);
    if (e) e.n++;
    else byMessage.set(m.message, { n: 1, example: `${m.file}:${m.line} ${m.extract}` });
  }
  console.log(`html: ${Math.min(i + BATCH, files.length)} of ${files.length} pages checked`);
}
for (const [msg, e] of byMessage) console.log(`${msg} (${e.n}x, e.g. ${e.example})`);
const errors = [...byMessage.values()].reduce((s, e) => s + e.n, 0);
console.log(`html: ${files.length} pages validated in ${((Date.now() - t0) / 1000).toFixed(0)} s; ${errors} errors`);
process.exit(errors ? 1 : 0);
