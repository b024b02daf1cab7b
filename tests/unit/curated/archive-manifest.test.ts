// data/archive/manifest.json: a version lists each of its files once (readers take the first entry, so a second with
// another checksum or row count would be ignored unseen), and a file kept in another version's folder is there.
import { describe, expect, it } from 'vitest';
import { archiveManifestSchema, archivedVersionSchema } from '../../../src/lib/schema/archive';

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

  it('takes a file kept in an earlier version that holds the same bytes, and nothing else', () => {
    const v1 = { version: 'aaaaaa1', date: '2026-01-02', files: [file('a.csv', 'a'), file('b.csv', 'b')] };
    const v2 = (b: object) => ({ version: 'bbbbbb2', date: '2026-02-03', files: [file('a.csv', 'c'), b] });
    const issue = (m: unknown) => {
      const r = archiveManifestSchema.safeParse(m);
      return r.success ? null : r.error.issues[0]!.message;
    };
    expect(issue({ versions: [v1, v2({ ...file('b.csv', 'b'), in: 'aaaaaa1' })] })).toBeNull();
    expect(issue({ versions: [v1, v2({ ...file('b.csv', 'd'), in: 'aaaaaa1' })] })).toBe(
      'bbbbbb2/b.csv is said to be kept in aaaaaa1, which does not hold it with the same checksum',
    );
    expect(issue({ versions: [v1, v2({ ...file('b.csv', 'b'), in: 'cccccc3' })] })).toMatch(/kept in cccccc3/);
    // Only an earlier version, which holds the bytes itself (one step, never a chain).
    expect(issue({ versions: [v2({ ...file('b.csv', 'b'), in: 'aaaaaa1' }), v1] })).toMatch(/kept in aaaaaa1/);
    const v3 = { version: 'cccccc3', date: '2026-03-04', files: [{ ...file('b.csv', 'b'), in: 'bbbbbb2' }] };
    expect(issue({ versions: [v1, v2({ ...file('b.csv', 'b'), in: 'aaaaaa1' }), v3] })).toMatch(/kept in bbbbbb2/);
  });
});
