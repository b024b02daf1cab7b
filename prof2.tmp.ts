import { readFileSync, readdirSync } from 'node:fs';
import { parseCodePoint } from './scripts/parse/codepoint';
const dir = '/work/shared/data/postcodes/codepoint_open_2025_4/Data/CSV/';
const texts = readdirSync(dir).map((f) => [f, readFileSync(dir + f, 'utf8')] as const);
for (let k = 0; k < 3; k++) {
let t = performance.now(); let rows = 0;
for (const [f, text] of texts) rows += parseCodePoint(f, f.slice(0, -4).toUpperCase(), text).length;
console.log('parse', rows, Math.round(performance.now() - t));
}
