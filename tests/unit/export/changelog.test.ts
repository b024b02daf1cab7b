// The data changelog: validation, order, and the status of the current data version.
import { describe, expect, it } from 'vitest';
import { changelog } from '../../../src/data/changelog';
import { changelogStatus, parseChangelog } from '../../../src/lib/export/changelog';

const a = { version: 'aaaaaa1', date: '2026-01-02', summary: 'First.', changes: [] };
const b = { version: 'bbbbbb2', date: '2026-03-04', summary: 'Second.', changes: ['A corrected figure.'] };

describe('parseChangelog', () => {
  it('returns the entries newest first', () => {
    expect(parseChangelog([a, b]).map((e) => e.version)).toEqual(['bbbbbb2', 'aaaaaa1']);
  });
  it('names the entry and field that is wrong', () => {
    expect(() => parseChangelog([a, { ...b, date: '4 March 2026' }])).toThrow(
      'data/changelog.json: entry 1 field "date": must be a calendar date written YYYY-MM-DD',
    );
    expect(() => parseChangelog([{ ...a, version: 'not a hash' }])).toThrow('entry 0 field "version"');
  });
  it('refuses a version listed twice', () => {
    expect(() => parseChangelog([a, { ...b, version: a.version }])).toThrow('version aaaaaa1 is listed twice');
  });
  it('accepts the real data/changelog.json', () => {
    expect(changelog().length).toBeGreaterThan(0);
  });
});

describe('changelogStatus', () => {
  it('finds the current version, or reports it unreleased (null)', () => {
    expect(changelogStatus([b, a], 'aaaaaa1').current?.summary).toBe('First.');
    expect(changelogStatus([b, a], 'ccccccc').current).toBeNull();
  });
});
