// ESLint: typescript-eslint's recommended rules for every TypeScript file, eslint-plugin-astro's for the templates,
// and the layering of the tree: browser-safe library code (src/lib) uses no Node built-ins, and nothing under src/
// imports the data pipeline (scripts/). The files that still break the layering are listed by name (LAYERING_DEBT),
// so a new breach fails and the list only shrinks.
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

const LAYERING_DEBT = {
  nodeInLib: [
    'src/lib/publish/archive.ts',
    'src/lib/export/png-pool.ts',
    'src/lib/export/png-cache.ts',
    'src/lib/export/png.ts',
    'src/lib/search/load-aliases.ts',
  ],
  pipelineInSrc: [
    'src/components/map/MapFigure.astro',
    'src/views/coverage.ts',
    'src/views/labour-share.ts',
    'src/data/index.ts',
    'src/lib/publish/curated-tables.ts',
    'src/lib/publish/published.ts',
  ],
};

const PIPELINE_MESSAGE =
  'src/ must not import the data pipeline (scripts/; src/scripts is browser code): read its output through src/data.';
/** A file `depth` folders below src/ reaches the top-level scripts/ folder as ('../' x (depth + 1)) + 'scripts/'. */
const noPipelineAt = (depth) => ({ group: [`${'../'.repeat(depth + 1)}scripts/**`], message: PIPELINE_MESSAGE });
const layered = (glob, patterns, ignores = []) =>
  [1, 2, 3, 4].map((depth) => ({
    files: [`src/${'*/'.repeat(depth)}${glob}`],
    ignores,
    rules: { 'no-restricted-imports': ['error', { patterns: [...patterns, noPipelineAt(depth)] }] },
  }));
const NO_NODE = {
  group: ['node:*'],
  message: 'src/lib is browser-safe: no Node built-ins (put Node-only code under src/server).',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.astro/**',
      'data/**',
      'public/**',
      'test-results/**',
      '.cache/**',
      '**/*.tmp.*',
    ],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  ...layered('*.{ts,astro}', [], LAYERING_DEBT.pipelineInSrc),
  ...layered('*.ts', [NO_NODE], [...LAYERING_DEBT.nodeInLib, ...LAYERING_DEBT.pipelineInSrc]).map((c) => ({
    ...c,
    files: c.files.map((f) => f.replace(/^src\/\*\//, 'src/lib/')),
  })),
);
