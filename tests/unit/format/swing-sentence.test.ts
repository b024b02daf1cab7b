// The lede's swing sentence: the figure, or why there is none, naming the newcomer when a new party is one of the two.
import { describe, expect, it } from 'vitest';
import { swingSentence } from '~/lib/format/swing';
import { missing } from '~/lib/missing';

describe('swingSentence', () => {
  it('gives the swing between the top two', () => {
    expect(swingSentence({ from: 'con', to: 'lab', points: 6.44 }, 'since 2017')).toBe(
      'Swing 6.4 points from Conservative to Labour since 2017.',
    );
  });

  it('names the party that had not stood before, when that is why there is no swing', () => {
    expect(swingSentence(missing('new-in-top-two'), 'since 2017', ['brexit'])).toBe(
      'No swing figure since 2017: there was no Brexit Party candidate here then, so its whole share would count as swing.',
    );
    expect(swingSentence(missing('new-in-top-two'), 'since 2010', ['uup', 'sf'])).toBe(
      'No swing figure since 2010: there was no Ulster Unionist Party or Sinn Féin candidate here then, so their whole shares would count as swing.',
    );
    expect(swingSentence(missing('new-in-top-two'), 'since 2019', ['ld'])).toBe(
      'No swing figure since 2019: there was no Liberal Democrat candidate here then, so its whole share would count as swing.',
    );
    expect(swingSentence(missing('new-in-top-two'), 'since 2019', ['reform'])).toBe(
      'No swing figure since 2019: there was no Brexit Party (now Reform UK) candidate here then, so its whole share would count as swing.',
    );
  });

  it('gives the Conservative–Labour swing where the top two have none and those two have one', () => {
    expect(swingSentence(missing('new-in-top-two'), 'since the 2019 notional result', ['reform'], [], -9.84)).toBe(
      'No swing between the top two since the 2019 notional result: there was no Brexit Party (now Reform UK) candidate here then, so its whole share would count as swing. The Conservative–Labour (Butler) swing was 9.8 points from Conservative to Labour.',
    );
    expect(swingSentence(missing('new-in-top-two'), 'since 2017', ['brexit'], [], 0.02)).toBe(
      'No swing between the top two since 2017: there was no Brexit Party candidate here then, so its whole share would count as swing. There was no Conservative–Labour (Butler) swing.',
    );
    expect(swingSentence(missing('outside-candidate'), 'since 2019', [], [], 2.04)).toBe(
      'No swing between the top two since 2019: the winner or runner-up stood outside the parties counted one by one (among all other candidates). The Conservative–Labour (Butler) swing was 2.0 points from Labour to Conservative.',
    );
    expect(swingSentence(missing('new-in-top-two'), 'since 2017', [], [], -1)).toBe(
      'No swing between the top two since 2017: one of the top two did not stand here at the previous election, so its whole share would count as a swing to it. The Conservative–Labour (Butler) swing was 1.0 points from Conservative to Labour.',
    );
    expect(swingSentence(missing('speaker-seat'), 'since 2017', [], [], missing('speaker-seat'))).toMatch(
      /^No swing figure since 2017: the Speaker stood/,
    );
  });

  it('otherwise gives the reason in words', () => {
    expect(swingSentence(missing('new-in-top-two'), 'since 2017')).toBe(
      'No swing figure since 2017: one of the top two did not stand here at the previous election, so its whole share would count as a swing to it: there is no swing between them.',
    );
    expect(swingSentence(missing('speaker-seat'), 'since 2015')).toMatch(
      /^No swing figure since 2015: the Speaker stood/,
    );
  });

  it('names the party the previous results give no figure for (an independent among all others), not "the party did not stand"', () => {
    expect(swingSentence(missing('party-did-not-stand'), 'since 2017', [], ['ind'])).toBe(
      'No swing figure since 2017: the results then give no figure for an independent (any independent who stood then is among all other candidates), so there is no change to measure a swing from.',
    );
    expect(swingSentence(missing('party-did-not-stand'), 'since 2019', [], ['tuv'])).toBe(
      'No swing figure since 2019: the results then give no figure for Traditional Unionist Voice, so there is no change to measure a swing from.',
    );
  });
});
