// Which result row names each 2024 candidate: a party's row holds only the candidates whose votes it counts; the rest
// (independents who were neither winner nor runner-up) are named in "All other candidates", where their votes are.
import { describe, expect, it } from 'vitest';
import { candidateRows } from '../../../src/lib/metrics/candidate-rows';

// The candidates file's own party labels; a small party's candidates have the code 'other'.
const NAMES: Record<string, string> = {
  con: 'Conservative',
  lab: 'Labour',
  ind: 'Independent',
  ukip: 'UK Independence Party',
  other: 'Workers Party of Britain',
};
const c = (name: string, party: string, votes: number, elected = false) => ({
  name,
  party,
  partyName: NAMES[party]!,
  votes,
  elected,
});

describe('candidateRows', () => {
  it('Islington North 2024: the Independent row (24,120) is Corbyn alone; Josling (32) is among all other candidates', () => {
    const rows = candidateRows({ ind: 24_120, lab: 16_873, other: 32 }, [
      c('Jeremy Corbyn', 'ind', 24_120, true),
      c('Praful Nargund', 'lab', 16_873),
      c('Paul Josling', 'ind', 32),
    ]);
    expect(rows.get('ind')).toEqual(['Jeremy Corbyn (elected)']);
    expect(rows.get('lab')).toEqual(['Praful Nargund']);
    expect(rows.get('other')).toEqual(['Paul Josling (Independent, 32)']);
  });

  it('a party with no row of its own has its candidates named among all other candidates, most votes first', () => {
    const rows = candidateRows({ con: 20_000, lab: 18_000, other: 1_300 }, [
      c('A Con', 'con', 20_000, true),
      c('B Lab', 'lab', 18_000),
      c('C Ind', 'ind', 250),
      c('D Workers', 'other', 800),
      c('E Ukip', 'ukip', 250),
    ]);
    // Named with their party and votes, which the row's total does not show.
    expect(rows.get('other')).toEqual([
      'D Workers (Workers Party of Britain, 800)',
      'C Ind (Independent, 250)',
      'E Ukip (UK Independence Party, 250)',
    ]);
    expect(rows.has('ind')).toBe(false);
  });

  it("a named party's row keeps all its candidates when their votes add up to it", () => {
    const rows = candidateRows({ ind: 900, other: 0 }, [c('X', 'ind', 500), c('Y', 'ind', 400)]);
    expect(rows.get('ind')).toEqual(['X', 'Y']);
    expect(rows.get('other') ?? []).toEqual([]);
  });

  it('no candidates (elections before 2024 have no candidate file): no names, and nothing to check', () => {
    expect(candidateRows({ lab: 500, other: 40 }, []).size).toBe(0);
  });

  it('a row its candidates cannot make up exactly stops the build, rather than name people beside votes not theirs', () => {
    expect(() => candidateRows({ ind: 900, other: 0 }, [c('X', 'ind', 500), c('Y', 'ind', 300)])).toThrow(
      "ind's 900 votes are not those of its leading candidates (800)",
    );
    expect(() => candidateRows({ lab: 500, other: 40 }, [c('X', 'lab', 500), c('Y', 'ind', 30)])).toThrow(
      "all other candidates' 40 votes are not those of the candidates left (30)",
    );
  });
});
