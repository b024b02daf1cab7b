// The data version the site was built from has a changelog entry (so publishing changed data forces one).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distText } from './dist-files';

describe('changelog', () => {
  const version = /<meta name="groundwork:data-version" content="([^"]+)"/.exec(distText('index.html'))![1]!;

  it('lists the data version of this build in data/changelog.json', () => {
    const listed = (JSON.parse(readFileSync('data/changelog.json', 'utf8')) as { version: string }[]).map(
      (e) => e.version,
    );
    expect(
      listed,
      `data version ${version} has no entry in data/changelog.json: add one saying what changed`,
    ).toContain(version);
  });

  it('the changelog page shows the version as published, not "unreleased"', () => {
    const page = distText('changelog/index.html');
    expect(page).toContain(`<code>${version}</code>`);
    expect(page).not.toContain('current (unreleased)');
  });

  it('counts one changed file as one file', () => {
    // ce1b0947c0 changed only the organiser claim's figures.
    const page = distText('changelog/index.html');
    expect(page).toMatch(/1 file changed: claim-organiser-seats\.csv/);
    expect(page).not.toMatch(/\b1 files\b/);
  });
});
