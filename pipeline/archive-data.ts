// `npm run data:archive`: adds the current data version's published tables to data/archive/ (run when publishing a
// version, after `npm run data`, and commit the result). Options: --derived DIR (default data/derived), --date
// YYYY-MM-DD (default: the version's data/changelog.json date, else today), --archive DIR (default data/archive).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { archiveVersion } from '../src/server/archive';
import { publishedTables } from '../src/lib/publish/published';
import { publishInputIn } from '../src/data/index';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1]?.endsWith('archive-data.ts')) {
  const root = process.cwd();
  const { version, input } = publishInputIn(arg('derived') ?? join(root, 'data/derived'));
  const changelog = JSON.parse(readFileSync(join(root, 'data/changelog.json'), 'utf8')) as {
    version: string;
    date: string;
  }[];
  const date =
    arg('date') ?? changelog.find((e) => e.version === version)?.date ?? new Date().toISOString().slice(0, 10);
  const { added, entry } = archiveVersion(
    arg('archive') ?? join(root, 'data/archive'),
    version,
    date,
    publishedTables(input),
  );
  console.log(
    `${added ? 'archived' : 'already archived'} data version ${version} (${entry.date}): ${entry.files.map((f) => `${f.file} ${f.rows}`).join(', ')}`,
  );
}
