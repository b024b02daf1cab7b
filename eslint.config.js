// ESLint: typescript-eslint's recommended rules for every TypeScript file, eslint-plugin-astro's for the templates,
// and the layering of the tree (CONTRIBUTING.md): nothing under src/ imports the data pipeline (pipeline/) or the
// tooling (tools/), only src/data imports files from data/, browser-safe library code (src/lib) uses no Node built-ins
// and imports no other folder of src/ (but the graphic types), src/charts imports no data, view, server, site, page or
// browser code, the browser code (src/client) no data, view, server, graphics, site or page code, and the views
// (src/views) no server, page or browser code; src/charts and src/client use no Node built-ins either, and src/
// imports by relative path (the ~ alias would pass these rules by).
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

const PIPELINE_MESSAGE = 'src/ must not import the data pipeline (pipeline/): read its output through src/data.';
const TOOLS_MESSAGE = 'src/ must not import the tooling (tools/: tests, checks, benchmarks).';
const DATA_MESSAGE = 'Only src/data reads data/: import what you need from src/data.';
/** Node built-ins, kept out of the code that runs in the browser or is shared with it. */
const noNode = (area) => ({
  group: ['node:*'],
  message: `src/${area} runs in the browser too: no Node built-ins (put Node-only code under src/server).`,
});
/** The `~` alias reaches any folder from anywhere, past the relative-path rules below. */
const NO_ALIAS = {
  group: ['~', '~/**'],
  message: 'Import by relative path in src/: the layering rules read relative paths.',
};
/** Folders of src/ that each area must not import (CONTRIBUTING.md, "Layering"). */
const SITE_SIDE = ['data', 'server', 'pages', 'components', 'layouts', 'site'];
const BELOW = {
  lib: [...SITE_SIDE, 'views', 'charts', 'client'],
  charts: [...SITE_SIDE, 'views', 'client'],
  client: [...SITE_SIDE, 'views', 'graphics'],
  views: ['server', 'pages', 'components', 'layouts', 'client'],
};
const BELOW_MESSAGE = {
  lib: 'src/lib is pure and shared by the build and the browser: it imports only src/lib (and the graphic types).',
  charts:
    "src/charts draws from what it is given: no data, view, server, page or browser code (a view imports the chart's input type).",
  client: 'src/client runs in the browser: no data, view, server, graphics or page code (they run at build time).',
  views: 'src/views makes view models from src/data and src/lib: no server, page, template or browser code.',
};
/** A file `depth` folders below src/ reaches a top-level folder as ('../' x (depth + 1)) + folder. */
const up = (depth, folder, message) => ({ group: [`${'../'.repeat(depth + 1)}${folder}/**`], message });
/** ... and a folder of src/ as ('../' x depth) + folder; `except` names files of it that may still be imported. */
const beside = (depth, folders, message, except = []) => ({
  group: [...folders.map((f) => `${'../'.repeat(depth)}${f}/**`), ...except.map((f) => `!${'../'.repeat(depth)}${f}`)],
  message,
});
const AREAS = ['lib', 'data', 'charts', 'client', 'views'];
/**
 * One no-restricted-imports entry for each depth of `area` (a folder of src/, or every other folder), so that the
 * relative paths to the top-level pipeline/, tools/ and data/ and to the other folders of src/ can be matched.
 */
const layered = (area) =>
  // Depth 0 is a file at the top of src/ (src/middleware.ts).
  (area === 'other' ? [0, 1, 2, 3, 4, 5] : [1, 2, 3, 4, 5]).map((depth) => {
    const folders = area === 'other' ? '*/'.repeat(depth) : `${area}/${'*/'.repeat(depth - 1)}`;
    return {
      files: [`src/${folders}*.{ts,astro}`],
      ignores: area === 'other' ? AREAS.map((a) => `src/${a}/**`) : [],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              NO_ALIAS,
              ...(['lib', 'charts', 'client'].includes(area) ? [noNode(area)] : []),
              up(depth, 'pipeline', PIPELINE_MESSAGE),
              up(depth, 'tools', TOOLS_MESSAGE),
              ...(area === 'data' ? [] : [up(depth, 'data', DATA_MESSAGE)]),
              ...(BELOW[area] ? [beside(depth, BELOW[area], BELOW_MESSAGE[area])] : []),
              ...(area === 'lib' ? [beside(depth, ['graphics'], BELOW_MESSAGE.lib, ['graphics/types'])] : []),
            ],
          },
        ],
      },
    };
  });

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
      '.tmp-helper/**',
      '**/*.tmp.*',
      '.bench/**',
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
  ...layered('other'),
  ...AREAS.flatMap(layered),
);
