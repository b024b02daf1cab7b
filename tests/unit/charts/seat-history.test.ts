import { describe, expect, it } from 'vitest';
import { dotNudges, type SharePoint } from '~/charts/seat-history';

const at = (election: string, party: string, share: number): SharePoint => ({
  election,
  party,
  share,
  estimated: false,
});

describe('dotNudges: dots that would hide one another are set side by side', () => {
  it('a tie at one election: the two dots 8 px apart around the election, in order of share then of input', () => {
    // Lagan Valley 2019: Sinn Féin and the SDLP both 4.3%
    const points = [at('2019', 'DUP', 43.1), at('2019', 'SF', 4.3), at('2019', 'SDLP', 4.3), at('2017', 'SF', 4.3)];
    expect(dotNudges(points, 1)).toEqual([0, -4, 4, 0]);
  });

  it('a run of three within the gap of its neighbour is centred: -8, 0, +8; a share exactly the gap away is not in it', () => {
    const points = [at('2010', 'A', 10.5), at('2010', 'B', 10), at('2010', 'C', 11), at('2010', 'D', 12)];
    expect(dotNudges(points, 1)).toEqual([0, -8, 8, 0]);
  });

  it('no near ties: every dot stays on its election', () => {
    expect(dotNudges([at('2015', 'A', 30), at('2015', 'B', 20), at('2017', 'A', 30.2)], 1)).toEqual([0, 0, 0]);
  });
});
