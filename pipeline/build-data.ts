// `npm run data`: runs the data pipeline and prints progress, the reconciliation summary, or the first bad row.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { DataError } from './lib/data-error';
import { LockedError } from './lib/write';
import { defaultOptions, runPipeline } from './pipeline';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (line: string) => process.stderr.write(`${line}\n`);

try {
  const { summary } = await runPipeline(defaultOptions(root, log));
  process.stdout.write(`${summary}\n`);
} catch (e) {
  const kind = e instanceof DataError ? 'DATA ERROR' : e instanceof LockedError ? 'LOCKED' : 'ERROR';
  process.stderr.write(`\n${kind}: ${(e as Error).message}\nNothing was written to data/derived.\n`);
  // exitCode, not exit(): exit() can cut off the message when stderr is a pipe.
  process.exitCode = 1;
}
