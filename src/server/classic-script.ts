// A browser module of src/client published as a classic script at a fixed URL (/embed.js, /embed/frame.js): compiled
// to ES5 with the TypeScript compiler (types stripped, const and let as var, comments kept), never bundled.
import ts from 'typescript';

export function classicScript(source: string): Response {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES5, removeComments: false, newLine: ts.NewLineKind.LineFeed },
  });
  return new Response(outputText, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
