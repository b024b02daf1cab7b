// src/data parses each derived table with its schema: a planted bad row stops the build naming the file, the row,
// the field and zod's message; a good table comes back parsed and indexed by code.
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { parseTable, placeOf } from '../../../src/data/index';
import { seatSchema } from '../../../src/lib/schema/seat';

const BAD = join(process.cwd(), 'tests/fixtures/derived-bad');

describe('the derived-data boundary', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('stops on a bad row with the file, row, field and message', async () => {
    vi.stubEnv('GROUNDWORK_DERIVED', BAD);
    vi.resetModules();
    const data = await import('../../../src/data/index');
    let message = '';
    try {
      data.seats();
    } catch (e) {
      message = (e as Error).message;
    }
    const file = join(BAD, 'seats.json');
    expect(message.split('\n').slice(0, 2)).toEqual([
      `${file}: row 1, field name: Too small: expected string to have >=1 characters`,
      `${file}: row 1, field boundarySet: Invalid option: expected one of "2010"|"2024"`,
    ]);
  });

  it('the archive command reads a derived folder through the same schemas (npm run data:archive)', async () => {
    const { publishInputIn } = await import('../../../src/data/index');
    expect(() => publishInputIn(BAD)).toThrow(
      `${join(BAD, 'seats.json')}: row 1, field name: Too small: expected string to have >=1 characters`,
    );
  });

  it('parses a postcode file whole before serving it, naming the bad field', async () => {
    vi.stubEnv('GROUNDWORK_DERIVED', BAD);
    vi.resetModules();
    const { siteFile } = await import('../../../src/data/site-files');
    expect(() => siteFile('postcodes/SW15.json')).toThrow(
      `${join(BAD, 'site/postcodes/SW15.json')}: field sectors.1: must be 50 bytes in base64`,
    );
  });

  it('names a missing table and the command that writes it', async () => {
    vi.stubEnv('GROUNDWORK_DERIVED', BAD);
    vi.resetModules();
    const data = await import('../../../src/data/index');
    expect(() => data.results()).toThrow(`${join(BAD, 'results.json')} is missing: run \`npm run data\``);
  });

  it('returns the parsed rows of a good table', () => {
    const row = {
      code: 'E14000530',
      name: 'Camberwell and Peckham',
      region: 'E12000007',
      nation: 'E92000001',
      slug: 'camberwell-and-peckham',
      boundarySet: '2010',
    };
    expect(parseTable('seats.json', [row], z.array(seatSchema))).toEqual([row]);
  });

  it('puts a nested path into words', () => {
    expect(placeOf(['seats', 3, 'official', 'winner'])).toBe('seats row 3, field official.winner');
    expect(placeOf([12, 'votes', 'lab'])).toBe('row 12, field votes.lab');
    expect(placeOf(['version'])).toBe('field version');
    expect(placeOf([])).toBe('the whole file');
  });
});
