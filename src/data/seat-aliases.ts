// Build-time: reads data/seat-aliases.csv once and checks it against the site's seats (a bad row stops the build).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALIASES_FILE, parseAliases, type SeatAlias } from '../lib/search/aliases';
import type { SearchSeat } from '../lib/search/seat-index';

let cached: SeatAlias[] | null = null;

export function seatAliases(seats: readonly Pick<SearchSeat, 'code' | 'boundarySet'>[]): SeatAlias[] {
  cached ??= parseAliases(
    readFileSync(join(process.cwd(), ALIASES_FILE), 'utf8'),
    new Set(seats.map((s) => `${s.boundarySet}:${s.code}`)),
  );
  return cached;
}
