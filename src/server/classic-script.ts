// Typed modules run as plain scripts. A browser module of src/client published at a fixed URL (/embed.js,
// /embed/frame.js) is compiled to ES5 with the TypeScript compiler (types stripped, const and let as var, comments
// kept), never bundled. A worker thread's module (src/server/png-worker.ts) is bundled with what it imports into one
// CommonJS script by esbuild, for `new Worker(code, { eval: true })`: Vite bundles src/server during the build, so the
// module has no file of its own there that a worker could load.
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import ts from 'typescript';

export function classicScript(source: string): Response {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES5, removeComments: false, newLine: ts.NewLineKind.LineFeed },
  });
  return new Response(outputText, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}

/**
 * The worker module `file` (relative to the project root, where the build and the tests run) with its imports, as
 * one script; packages (resvg's native binding among them) stay `require` calls, resolved from the project root.
 */
export function workerScript(file: string): string {
  const { outputFiles } = buildSync({
    entryPoints: [join(process.cwd(), file)],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  return outputFiles[0]!.text;
}
