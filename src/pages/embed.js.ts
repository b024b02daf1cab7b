// /embed.js: the resizer journalists put beside their embeds (src/client/embed-host.ts), compiled to an ES5 classic
// script: types stripped, const and let as var, comments kept. The URL and what the script does never change.
import ts from 'typescript';
import source from '../client/embed-host.ts?raw';

export function GET(): Response {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES5, removeComments: false, newLine: ts.NewLineKind.LineFeed },
  });
  return new Response(outputText, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
