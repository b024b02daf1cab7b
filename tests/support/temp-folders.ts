// Test helper: temporary folders holding the given files, each removed after the test that made it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** Call at the top of a test file: gives a function that makes a folder in the OS temp folder with `files` in it. */
export function tempFolders(prefix: string): (files: Record<string, string | Buffer>) => string {
  const made: string[] = [];
  afterEach(() => {
    for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  return (files) => {
    const d = mkdtempSync(join(tmpdir(), prefix));
    made.push(d);
    for (const [path, body] of Object.entries(files)) {
      mkdirSync(join(d, path, '..'), { recursive: true });
      writeFileSync(join(d, path), body);
    }
    return d;
  };
}
