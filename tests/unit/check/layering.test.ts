// The layering rules of eslint.config.js (CONTRIBUTING.md, "Layering"), each fed a planted import through ESLint's own
// API: the forbidden ones are reported with their rule's message, the allowed ones pass.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.map((m) => m.message);
}

describe('the layering rules', () => {
  const refused = async (file: string, code: string, message: string) => {
    expect((await problems(file, code)).join('\n')).toContain(message);
  };

  // Rules for the whole of src/ (a file at its top included).
  it.each([
    ['src/middleware.ts', "import '../pipeline/lib/ledger';\n", 'src/ must not import the data pipeline'],
    ['src/views/x.ts', "import '../../tools/check/crawl';\n", 'src/ must not import the tooling'],
    ['src/views/x.ts', "import '../../data/claims.json';\n", 'Only src/data reads data/'],
    ['src/lib/x.ts', "import '~/data/index';\n", 'Import by relative path in src/'],
  ])('%s: %s is refused', refused, 60_000);

  it.each(['lib', 'charts', 'client'])('src/%s: a Node built-in is refused', (area) =>
    refused(`src/${area}/x.ts`, "import 'node:fs';\n", `src/${area} runs in the browser too`),
  );

  // Rules of one folder.
  it.each([
    ['src/lib/format/x.ts', "import '../../views/seat';\n", 'src/lib is pure'],
    ['src/charts/x.ts', "import '../data/index';\n", 'src/charts draws from what it is given'],
    ['src/client/x.ts', "import '../graphics/index';\n", 'src/client runs in the browser'],
    ['src/views/x.ts', "import '../client/controls';\n", 'src/views makes view models'],
    ['src/views/claims/x.ts', "import '../../server/png';\n", 'src/views makes view models'],
  ])('%s: %s is refused', refused, 60_000);

  it.each([
    ['src/server/x.ts', "import 'node:fs';\n"],
    ['src/data/x.ts', "import '../../data/claims.json';\n"],
    ['src/client/x.ts', "import '../lib/format/numbers';\n"],
    ['src/views/x.ts', "import '../data/index';\n"],
  ])(
    '%s: %s is allowed',
    async (file, code) => {
      expect(await problems(file, code)).toEqual([]);
    },
    60_000,
  );
});
