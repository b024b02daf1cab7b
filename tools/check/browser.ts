// The Chromium the tests drive: CHROME_PATH when set, else Debian's /usr/bin/chromium; null when neither exists.
import { existsSync } from 'node:fs';

export const DEFAULT_CHROME = '/usr/bin/chromium';

export function browserPath(): string | null {
  const p = process.env.CHROME_PATH || DEFAULT_CHROME;
  return existsSync(p) ? p : null;
}

/** The path to launch (a missing browser then fails the launch with a clear error, counted as a failure). */
export function chromePath(): string {
  return process.env.CHROME_PATH || DEFAULT_CHROME;
}
