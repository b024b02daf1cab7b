// CLI: `tsx tools/check/html-all.ts [dist]` runs the Nu HTML checker over every page of a built site (minutes; the
// test suite checks a page of every kind and a seeded sample) and prints the errors grouped by message.
import { join, resolve } from 'node:path';
import { listFiles } from './crawl';
import { REPO } from './site-copy';
import { groupMessages, validateHtml } from './vnu';

const dist = resolve(process.argv[2] ?? join(REPO, 'dist'));
const files = listFiles(dist, /\.html$/);
const t0 = Date.now();
const byMessage = new Map<string, { n: number; example: string }>();
const BATCH = 500;
for (let i = 0; i < files.length; i += BATCH) {
  const batch = files.slice(i, i + BATCH);
  groupMessages(
    validateHtml(
      batch.map((f) => join(dist, f)),
      dist,
    ),
    byMessage,
  );
  console.log(`html: ${Math.min(i + BATCH, files.length)} of ${files.length} pages checked`);
}
for (const [msg, e] of byMessage) console.log(`${msg} (${e.n}x, e.g. ${e.example})`);
const errors = [...byMessage.values()].reduce((s, e) => s + e.n, 0);
console.log(`html: ${files.length} pages validated in ${((Date.now() - t0) / 1000).toFixed(0)} s; ${errors} errors`);
process.exit(errors ? 1 : 0);
