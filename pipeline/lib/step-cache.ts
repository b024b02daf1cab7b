// A content-addressed cache for the pipeline's slowest pure steps (the postcode files, about 60% of a run, the maps
// and the 2010 results): a step's output, its ledger entries and its log lines are kept under a hash of everything it reads (the raw files' checksums, the
// tables it is given) and of the pipeline's code, and played back when the same inputs come again. A failed step is
// never stored. The folder is .cache/steps/ (git-ignored, safe to delete); GROUNDWORK_STEP_CACHE=off turns the cache
// off and GROUNDWORK_STEP_CACHE=<folder> puts it elsewhere.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ledger, LedgerOp } from './ledger';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** Entries kept per step: the newest few, so runs on a handful of mirrors (the damaged-input tests) all hit. */
const KEEP = 6;

function stepCacheDir(): string | null {
  const env = process.env.GROUNDWORK_STEP_CACHE;
  if (env === 'off') return null;
  return env || join(REPO, '.cache/steps');
}

let code: string | null = null;
/**
 * Hash of the pipeline's code (every .ts file under pipeline/ and src/lib/, all it imports) and of the locked
 * dependencies. The tooling (tools/) is not part of it: no pipeline step imports it, and a change to a test harness
 * or benchmark should not throw away the cached steps.
 */
function codeHash(): string {
  if (code) return code;
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.ts'))
        h.update(relative(REPO, full)).update('\0').update(readFileSync(full)).update('\0');
    }
  };
  walk(join(REPO, 'pipeline'));
  walk(join(REPO, 'src/lib'));
  h.update(readFileSync(join(REPO, 'package-lock.json')));
  code = h.digest('hex');
  return code;
}

export function stepKey(name: string, inputs: unknown): string {
  return createHash('sha256')
    .update(`${name}\0${codeHash()}\0${JSON.stringify(inputs)}`)
    .digest('hex')
    .slice(0, 20);
}

interface Stored {
  value: unknown;
  ledger: LedgerOp[];
  log: string[];
}

/**
 * The value of `run`, from the cache when `inputs` (and the code) are unchanged, with the ledger and the log left as
 * if it had run. `inputs` must name everything the step reads; `encode`/`decode` turn its value into JSON and back.
 */
export function cachedStep<T>(args: {
  name: string;
  inputs: unknown;
  ledger: Ledger;
  log: (line: string) => void;
  run: (log: (line: string) => void) => T;
  encode: (value: T) => unknown;
  decode: (json: unknown) => T;
}): T {
  const dir = stepCacheDir();
  if (!dir) return args.run(args.log);
  const key = stepKey(args.name, args.inputs);
  const file = join(dir, `${args.name}-${key}.json`);
  let stored: Stored | null = null;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
  } catch {
    stored = null;
  }
  if (stored) {
    args.ledger.replay(stored.ledger);
    for (const line of stored.log) args.log(line);
    args.log(`${args.name}: reused from ${relative(REPO, file)} (same inputs and code)`);
    return args.decode(stored.value);
  }
  const lines: string[] = [];
  const { value, ops } = args.ledger.record(() =>
    args.run((line) => {
      lines.push(line);
      args.log(line);
    }),
  );
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.partial`;
  writeFileSync(tmp, JSON.stringify({ value: args.encode(value), ledger: ops, log: lines } satisfies Stored));
  renameSync(tmp, file);
  // Another run may remove an entry between the listing and its stat (runs share the folder): it counts as gone.
  const older = readdirSync(dir)
    .filter((f) => f.startsWith(`${args.name}-`) && f.endsWith('.json'))
    .map((f) => ({ f, t: statSync(join(dir, f), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.t - a.t)
    .slice(KEEP);
  for (const { f } of older) rmSync(join(dir, f), { force: true });
  return value;
}
