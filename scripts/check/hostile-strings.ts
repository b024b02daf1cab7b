// The hostile strings of tests/fixtures/hostile/strings.json and where they go (read by the build, the checks and the browser test).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './site-copy';

export interface HostileSeat {
  source: 'hoc-ge2019' | 'hoc-ge2024';
  code: string;
  name: string;
}

export interface HostileStrings {
  flag: string;
  seats: HostileSeat[];
  organiser: Record<string, string>;
  membership: Record<string, string>;
  source: { id: string } & Record<string, string>;
}

export const HOSTILE_FIXTURE = 'tests/fixtures/hostile';

export function hostileStrings(): HostileStrings {
  return JSON.parse(readFileSync(join(REPO, HOSTILE_FIXTURE, 'strings.json'), 'utf8')) as HostileStrings;
}
