// `npm run data:archive`: adds the current data version's published tables and its claim pages' figures
// (lib/publish/claim-files) to data/archive/ (run when publishing a version, after `npm run data`, and commit the
// result). Options: --derived DIR (default data/derived), --date
// YYYY-MM-DD (default: the version's data/changelog.json date, else today), --archive DIR (default data/archive).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { archiveVersion } from '../src/server/archive';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1]?.endsWith('archive-data.ts')) {
  const root = process.cwd();
  // The site's data layer reads the folder named here: the claim pages' figures are computed by the site's views.
  process.env.GROUNDWORK_DERIVED = arg('derived') ?? join(root, 'data/derived');
  const { dataVersion } = await import('../src/data/index');
  const { currentVersionFiles } = await import('../src/views/data-versions');
  const version = dataVersion();
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
    currentVersionFiles(),
  );
  console.log(
    `${added ? 'archived' : 'already archived'} data version ${version} (${entry.date}): ${entry.files.map((f) => `${f.file} ${f.rows}`).join(', ')}`,
  );
}
