// data/archive/manifest.json: a version lists each of its files once (readers take the first entry, so a second with
// another checksum or row count would be ignored unseen).
import { describe, expect, it } from 'vitest';
import { archivedVersionSchema } from '../../../src/lib/schema/archive';

const file = (name: string, sha: string) => ({ file: name, rows: 1, sha256: sha.repeat(64) });

describe('archived versions', () => {
  it('refuses a file listed twice in one version', () => {
    const v = { version: 'aaaaaa1', date: '2026-01-02', files: [file('a.csv', 'a'), file('b.csv', 'b')] };
    expect(archivedVersionSchema.safeParse(v).success).toBe(true);
    const r = archivedVersionSchema.safeParse({ ...v, files: [...v.files, file('a.csv', 'c')] });
    expect(r.success ? null : { path: r.error.issues[0]?.path, message: r.error.issues[0]?.message }).toEqual({
      path: ['files'],
      message: 'a.csv is listed twice',
    });
  });
});
