// checkName: a curated row's name in the source must be its code's seat, or its note must name that seat in words of
// its own (hand-made names; the codes are real 2010-2023 codes, the names as the boundary file gives them).
import { describe, expect, it } from 'vitest';
import { checkName, type CodeCheck } from '../../../pipeline/steps/curated-codes';
import type { SeatSetEntry } from '../../../src/lib/schema/curated';
import { DataError } from '../../../src/lib/data-error';
import { caught } from '../pipeline/thrown';

const NAMES = new Map([
  ['E14001020', 'Wells'],
  ['E14000999', 'Tunbridge Wells'],
  ['E14000740', 'Hastings and Rye'],
]);
const codes: CodeCheck = { knownCodes: () => new Set(NAMES.keys()), names: () => NAMES };
const entry = { election: '2019' } as SeatSetEntry;
const check = (code: string, name: string, note: string) => () => checkName('o.csv', 4, code, name, note, entry, codes);

describe('checkName', () => {
  it('accepts the seat named in the source, folded as search folds names', () => {
    expect(check('E14000740', 'HASTINGS & RYE', '')).not.toThrow();
  });
  it('accepts another name when the note names the seat', () => {
    expect(check('E14000740', 'Hastings', 'The town is in Hastings and Rye.')).not.toThrow();
    expect(check('E14001020', 'the city', 'Wells, Somerset')).not.toThrow();
  });
  it('refuses a note that names the seat only inside another seat or word', () => {
    expect(caught(DataError, check('E14001020', 'Tunbridge', 'An event in Tunbridge Wells.')).message).toBe(
      'o.csv:4 field "name_in_source": "Tunbridge" is not the name of E14001020 ("Wells"); if the source names this seat differently, say so in the note, naming "Wells"',
    );
    expect(caught(DataError, check('E14001020', 'Wellsbury', 'Wellsbury hall')).message).toContain(
      'is not the name of E14001020',
    );
  });
});
