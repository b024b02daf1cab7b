// Child process for the kill tests: commits output sets to a target folder, optionally in an endless loop, or runs
// the real pipeline into a temp output folder. The parent kills it (GROUNDWORK_FAULT or a real SIGKILL).
// Usage: write-child.ts sets <target> <files> <label> [loop] | write-child.ts pipeline <outDir> <rawCache>
// The writer is all a "sets" child loads: the pipeline's modules are imported only to run it (each child starts in
// about a third of the CPU time).
import { OutputSet } from '../../../pipeline/lib/write';

const [mode, target, a, b, loop] = process.argv.slice(2);

export function outputSet(files: number, label: string): OutputSet {
  const out = new OutputSet();
  for (let i = 0; i < files; i++)
    out.add(`part/${String(i).padStart(4, '0')}.json`, `${JSON.stringify({ label, i, pad: 'x'.repeat(2000) })}\n`);
  out.add('label.txt', `${label} ${files}\n`);
  return out;
}

if (mode === 'sets') {
  let n = 0;
  do {
    outputSet(Number(a), `${b}-${n}`).commit(target!);
    n++;
  } while (loop === 'loop');
} else if (mode === 'pipeline') {
  const { defaultOptions, runPipeline } = await import('../../../pipeline/pipeline');
  const { ROOT } = await import('../../unit/pipeline/broken-mirror');
  await runPipeline({ ...defaultOptions(ROOT, () => {}), rawCache: a!, outDir: target!, today: '2026-01-01' });
}
