// The published figures of every claim page (the numbers in its CSV, as /claims/{slug}.csv serves it) belong to a
// data version: a change that moves them under the same version, such as a change to the comparison method, would
// change what a citation of that version says. Such a change must come with a new version (bump COMPARISON_METHOD.revision in
// src/lib/compare/method.ts, or change the data) and a changelog entry; then the figures are recorded again with
// UPDATE_CLAIM_FIGURES=1 npx vitest run --project quick tests/data/claim-figures.test.ts
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { ROOT, useDerivedInSite } from './derived';

const FILE = join(ROOT, 'tests/data/claim-figures.json');

interface Recorded {
  version: string;
  figures: Record<string, string>;
}

useDerivedInSite();

let current: Recorded;
/** The figures of the current version's archived claim CSVs (null when the version is not archived yet). */
let archived: Record<string, string> | null;
/** A CSV row's number columns as the view gives them: numbers, or null where empty. */
const numbers = (r: Record<string, string>) =>
  Object.fromEntries(
    ['n', 'estimate', 'ci_low', 'ci_high', 'p_value'].map((k) => [
      k,
      r[k] === '' || r[k] === undefined ? null : Number(r[k]),
    ]),
  );
beforeAll(async () => {
  const views = await import('~/views/claims');
  const data = await import('~/data/index');
  const sha = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);
  // The figures of each CSV row: its place (section, comparison, pair, outcome), its numbers, and the numbers in its
  // text; labels and wording are left out, so rewording a row is not a change of figures.
  const figuresOf = (csv: { rows: Record<string, unknown>[] }) =>
    csv.rows.map((r) => [
      // An empty cell is the same as no value, as the CSV writes both.
      ...['section', 'comparison', 'pair', 'outcome', 'n', 'estimate', 'ci_low', 'ci_high', 'p_value'].map((k) =>
        r[k] === '' || r[k] === undefined ? null : r[k],
      ),
      String(r.text ?? '').match(/[−+-]?\d[\d,.]*/g),
    ]);
  current = {
    version: data.dataVersion(),
    figures: Object.fromEntries(views.claimSlugs().map((slug) => [slug, sha(figuresOf(views.claimView(slug).csv))])),
  };
  // The archived copy of each claim's figures, when this version is archived (npm run data:archive).
  const { archiveManifest, archivedCsv } = await import('~/data/archive');
  const { claimFile } = await import('~/lib/publish/claim-files');
  const { csvTable, rowObject, stripBom } = await import('~/lib/csv/read');
  const entry = archiveManifest().versions.find((v) => v.version === current.version);
  archived = entry
    ? Object.fromEntries(
        views.claimSlugs().map((slug) => {
          const { header, rows } = csvTable(stripBom(archivedCsv(current.version, claimFile(slug))));
          const cells = rows.map((r) => rowObject(header!.cells, r.cells));
          const parsed = cells.map((r) => ({ ...r, ...numbers(r) }));
          return [slug, sha(figuresOf({ rows: parsed }))];
        }),
      )
    : null;
}, 120_000);

it('every claim page publishes the figures recorded for this data version', () => {
  const recorded = JSON.parse(readFileSync(FILE, 'utf8')) as Recorded;
  const slugs = [...new Set([...Object.keys(recorded.figures), ...Object.keys(current.figures)])].sort();
  const moved = slugs.filter((s) => recorded.figures[s] !== current.figures[s]);
  if (moved.length && recorded.version === current.version)
    throw new Error(
      `the figures of ${moved.join(', ')} changed under data version ${current.version}: bump COMPARISON_METHOD.revision in src/lib/compare/method.ts (or change the data), add a changelog entry, re-run the calibrations, then record them again`,
    );
  if (process.env.UPDATE_CLAIM_FIGURES) {
    writeFileSync(FILE, `${JSON.stringify(current, null, 2)}\n`);
    return;
  }
  expect(moved, `claim figures changed with the data version: record them (see this file's header)`).toEqual([]);
  expect(recorded.version, 'a new data version: record the claim figures again (see this file header)').toBe(
    current.version,
  );
});

it("the current version's archived copy of each claim's figures (data/archive/) has the figures the pages publish", () => {
  if (archived === null) return; // not archived yet: the recorded figures above guard it
  expect(archived).toEqual(current.figures);
});
