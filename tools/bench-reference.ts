// The near-limit reference for `npm run bench`: a plain Node script (no framework) that writes one HTML page per seat
// with one Observable Plot chart of its vote shares, plus an index page (1,301 pages), from data/derived.
// Usage: tsx tools/bench-reference.ts [outDir]   (default .bench/reference); prints "reference: N pages in S s".
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

interface Seat {
  code: string;
  name: string;
  boundarySet: string;
}
interface Result {
  election: string;
  code: string;
  validVotes: number;
  votes: Record<string, number>;
}

const started = performance.now();
const out = process.argv[2] ?? join(process.cwd(), '.bench/reference');
const dir = join(process.cwd(), 'data/derived');
const seats = JSON.parse(readFileSync(join(dir, 'seats.json'), 'utf8')) as Seat[];
const results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as Result[];

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const byCode = new Map<string, Result[]>();
for (const r of results) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);

rmSync(out, { recursive: true, force: true });
const pages = new Map<string, string>();
for (const s of seats) {
  const mine = (byCode.get(s.code) ?? []).filter(
    (r) => (s.boundarySet === '2024') === (r.election === '2024' || r.election === '2019N'),
  );
  const points = mine.flatMap((r) =>
    Object.entries(r.votes).map(([party, v]) => ({ election: r.election, party, share: (100 * v) / r.validVotes })),
  );
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const chart = Plot.plot({
    document: document as unknown as Document,
    width: 640,
    height: 320,
    x: { type: 'point', label: null },
    y: { label: 'Share (%)', grid: true },
    color: { legend: false },
    marks: [
      Plot.lineY(points, { x: 'election', y: 'share', stroke: 'party', z: 'party' }),
      Plot.dot(points, { x: 'election', y: 'share', fill: 'party' }),
    ],
  }) as unknown as { outerHTML: string };
  pages.set(
    `${s.boundarySet}/${s.code}`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(s.name)}</title></head><body><h1>${escape(s.name)}</h1>${chart.outerHTML}</body></html>`,
  );
}
for (const [path, html] of pages) {
  mkdirSync(join(out, 'seat', path), { recursive: true });
  writeFileSync(join(out, 'seat', path, 'index.html'), html);
}
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Seats</title></head><body><ul>${seats.map((s) => `<li><a href="seat/${s.boundarySet}/${s.code}/">${escape(s.name)}</a></li>`).join('')}</ul></body></html>`,
);
console.log(`reference: ${pages.size + 1} pages in ${((performance.now() - started) / 1000).toFixed(2)} s`);
