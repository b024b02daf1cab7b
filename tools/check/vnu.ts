// Runs the Nu HTML checker (npm's vnu-jar, on the installed Java) over files and returns its error messages.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO } from './site-copy';

export const VNU_JAR = join(REPO, 'node_modules/vnu-jar/build/dist/vnu.jar');

export interface VnuMessage {
  file: string;
  line: number | null;
  message: string;
  extract: string;
}

/**
 * Not HTML errors: the checker's CSS module predates these standard CSS features (SVG's vector-effect, container
 * queries and their units), and "Cannot recover" only follows another error that is reported anyway.
 */
const IGNORED_HTML_MESSAGES = [
  /^CSS: “(vector-effect|container-type|container-name|container)”: Property “[\w-]+” doesn't exist/,
  /^CSS: Unrecognized at-rule “@container”/,
  /^Cannot recover after last error/,
];

/** A container query length (100cqi) reported as an unknown dimension; any other unknown unit is still an error. */
const CONTAINER_UNIT = /\d(cqi|cqw|cqh|cqb|cqmin|cqmax)\b/;

export function isIgnoredHtmlMessage(m: Pick<VnuMessage, 'message' | 'extract'>): boolean {
  if (IGNORED_HTML_MESSAGES.some((re) => re.test(m.message))) return true;
  return /^CSS: “[\w-]+”: Unknown dimension\./.test(m.message) && CONTAINER_UNIT.test(m.extract);
}

/** Errors only (no warnings) for `files` (absolute paths); `root` makes the reported file names relative. */
export function validateHtml(files: readonly string[], root: string): VnuMessage[] {
  if (!existsSync(VNU_JAR)) throw new Error(`${VNU_JAR} is missing: run npm install (vnu-jar is a dev dependency)`);
  if (!files.length) return [];
  // One short run: the JVM's quick (C1) compiler and serial collector do it in under half the CPU time of the
  // defaults (the optimising compiler and parallel collector threads pay off only in long runs); same messages.
  const jvm = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
  const r = spawnSync('java', [...jvm, '-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  if (!r.stdout.trim().startsWith('{')) throw new Error(`vnu failed (exit ${r.status}): ${r.stderr.slice(0, 2000)}`);
  const out = JSON.parse(r.stdout) as {
    messages: { type: string; url?: string; lastLine?: number; message: string; extract?: string }[];
  };
  return out.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => ({
      file: m.url ? relative(root, decodeURIComponent(m.url.replace(/^file:/, ''))) : '',
      line: m.lastLine ?? null,
      message: m.message,
      extract: (m.extract ?? '').replace(/\s+/g, ' ').trim(),
    }));
}

/** Messages grouped by text, each with its count and a first example ("file:line extract"), ignored ones left out. */
export function groupMessages(
  messages: readonly VnuMessage[],
  into = new Map<string, { n: number; example: string }>(),
): Map<string, { n: number; example: string }> {
  for (const m of messages) {
    if (isIgnoredHtmlMessage(m)) continue;
    const e = into.get(m.message);
    if (e) e.n++;
    else into.set(m.message, { n: 1, example: `${m.file}:${m.line} ${m.extract}` });
  }
  return into;
}
