// The fictional sample offered on /membership/local/ and the browser test's fixture parse cleanly against the real
// seat list (needs data/derived from `npm run data`), and every data row of the sample says it is invented.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seatDirectory } from '../../../src/lib/membership/directory';
import { parseMembershipCsv } from '../../../src/lib/membership/parse';
import type { SeatName } from '../../../src/lib/membership/types';

const repo = join(__dirname, '../../..');
const seatsPath = join(process.env.GROUNDWORK_DERIVED ?? join(repo, 'data/derived'), 'seats.json');
describe('fictional sample and browser fixture against the real seats', () => {
  const seats = seatDirectory(JSON.parse(readFileSync(seatsPath, 'utf8')) as SeatName[]);

  it('the sample: 15 seats x 4 dates on the 2010-2023 seats, no rejected rows, labelled fictional throughout', () => {
    const text = readFileSync(join(repo, 'public/examples/groundwork-example-fictional.csv'), 'utf8');
    const r = parseMembershipCsv(text, { seats, today: '2025-01-01' });
    expect(r.rejected).toEqual([]);
    expect(r.records).toHaveLength(60);
    expect(new Set(r.records.map((x) => x.code)).size).toBe(15);
    expect(r.boundarySet).toBe('2010');
    expect(r.party).toBe('Labour (FICTIONAL EXAMPLE)');
    const lines = text.trim().split('\n');
    expect(lines[0]).toMatch(/^# FICTIONAL TEST DATA .*NOT real membership figures/);
    expect(lines.slice(2).every((l) => l.endsWith(',FICTIONAL: invented number'))).toBe(true);
  });

  it('the browser fixture: 16 rows used, the negative count and the unknown code rejected', () => {
    const r = parseMembershipCsv(readFileSync(join(repo, 'tests/fixtures/membership/e2e-fictional.csv'), 'utf8'), {
      seats,
      today: '2025-01-01',
    });
    expect(r.records).toHaveLength(16);
    expect(r.rejected).toEqual([
      { line: 19, field: 'members', reason: 'members "-4" is negative' },
      {
        line: 20,
        field: 'ons_code',
        reason: 'unknown ons_code E14999999: not a constituency on the 2010–2023 or 2024 boundaries',
      },
    ]);
  });
});
