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

/**
 * A 10,000-character word with no break opportunity (recognisable start), put into the hostile build as the first
 * unresolved organiser row's name_in_source and as the organiser set's title: pages showing it must hold their shape.
 */
export const LONG_WORD = `Longword${'x'.repeat(9_992)}`;

/** The set whose title is LONG_WORD in the hostile build. */
export const LONG_WORD_SET = 'cou-2019';

export function hostileStrings(): HostileStrings {
  return JSON.parse(readFileSync(join(REPO, HOSTILE_FIXTURE, 'strings.json'), 'utf8')) as HostileStrings;
}
