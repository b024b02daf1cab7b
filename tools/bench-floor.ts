// The Astro floor for `npm run bench`: a bare Astro project (the site's Astro, no data, no components, no scripts)
// that writes as many pages, of the site's average page size, as the site build did. What it takes is what Astro's
// own build costs for that many pages on this machine (its start, one near-empty Vite pass, and per page its render
// machinery and file write), before any of the site's own work.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FloorProject {
  dir: string;
  pages: number;
  pageBytes: number;
}

const PAGE = (pages: number, pageBytes: number) => `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { id: String(i).padStart(6, '0') } }));
}
const { id } = Astro.params;
const body = \`<p>Page \${id}</p>\`.repeat(Math.max(1, Math.round(${pageBytes} / 18)));
---
<html lang="en"><head><meta charset="utf-8" /><title>{id}</title></head><body set:html={body} /></html>
`;

/** Writes the bare project into `dir` (replacing it), linked to this checkout's node_modules. */
export function writeFloorProject(root: string, dir: string, pages: number, pageBytes: number): FloorProject {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages/page'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "astro-floor", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ build: { format: 'directory' } });\n",
  );
  writeFileSync(join(dir, 'src/pages/page/[id].astro'), PAGE(pages, pageBytes));
  return { dir, pages, pageBytes };
}
