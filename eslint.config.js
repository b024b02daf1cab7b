// ESLint: typescript-eslint's recommended rules for every TypeScript file, eslint-plugin-astro's for the templates,
// and the layering of the tree (CONTRIBUTING.md): browser-safe library code (src/lib) uses no Node built-ins, nothing
// under src/ imports the data pipeline (scripts/), and only src/data imports files from data/.
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

const PIPELINE_MESSAGE =
  'src/ must not import the data pipeline (scripts/; src/scripts is browser code): read its output through src/data.';
const DATA_MESSAGE = 'Only src/data reads data/: import what you need from src/data.';
const NO_NODE = {
  group: ['node:*'],
  message: 'src/lib is browser-safe: no Node built-ins (put Node-only code under src/server).',
};
/** A file `depth` folders below src/ reaches a top-level folder as ('../' x (depth + 1)) + folder. */
const up = (depth, folder, message) => ({ group: [`${'../'.repeat(depth + 1)}${folder}/**`], message });
/**
 * One no-restricted-imports entry for each depth of `area` (a folder of src/, or every other folder), so that the
 * relative paths to the top-level scripts/ and data/ can be matched.
 */
const layered = (area) =>
  [1, 2, 3, 4, 5].map((depth) => {
    const folders = area === 'other' ? '*/'.repeat(depth) : `${area}/${'*/'.repeat(depth - 1)}`;
    return {
      files: [`src/${folders}*.{ts,astro}`],
      ignores: area === 'other' ? ['src/lib/**', 'src/data/**'] : [],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...(area === 'lib' ? [NO_NODE] : []),
              up(depth, 'scripts', PIPELINE_MESSAGE),
              ...(area === 'data' ? [] : [up(depth, 'data', DATA_MESSAGE)]),
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
  ...layered('lib'),
  ...layered('data'),
);
