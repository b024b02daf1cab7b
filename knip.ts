// knip: dead files, exports and dependencies. Entry points are the Astro pages (knip's Astro plugin), the scripts
// package.json and the test runner start, and the tests (its Vitest and Playwright plugins); an .astro file is read as
// its frontmatter and its <script> bodies (a self-closing <script … /> holds data, not code).
import type { KnipConfig } from 'knip';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;
const SCRIPT = /<script\b([^>]*?)(?<!\/)>([\s\S]*?)<\/script>/g;

const astro = (text: string): string =>
  [
    text.match(FRONTMATTER)?.[1] ?? '',
    ...[...text.matchAll(SCRIPT)].filter((m) => !/\btype=/.test(m[1]!)).map((m) => m[2]),
  ].join('\n;\n');

const config: KnipConfig = {
  entry: [
    'tools/bench-reference.ts',
    'tools/check/*.ts',
    'tools/dev/*.ts',
    'tests/hardening/support/write-child.ts',
    'tests/snapshots/make-fixture.ts',
    'tests/snapshots/make-fixture.config.ts',
  ],
  project: ['src/**/*.{ts,astro}', 'pipeline/**/*.ts', 'tools/**/*.ts', 'tests/**/*.ts'],
  compilers: { astro },
  ignoreExportsUsedInFile: true,
  ignoreDependencies: [
    // Run by path or loaded with createRequire, which knip cannot follow.
    'datapackage',
    'lighthouse',
    'vnu-jar',
    // Astro's own Vite (its version is Astro's), and type-only packages that come with the @types of d3 and topojson.
    'vite',
    'geojson',
    'topojson-specification',
  ],
  ignoreIssues: {
    // escapeXml and escapeAttr name escapeHtml for where it is used.
    'src/lib/format/escape.ts': ['duplicates'],
  },
};

export default config;
