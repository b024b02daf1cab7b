// Words for one seat: accessible names, table cells and tooltips for each colour mode, with reasons for missing values.
import { describe, expect, it } from 'vitest';
import { coverageLayer } from '~/lib/maps/values-coverage';
import { cellText, labelContext, outcomeText, seatLabel, tooltipLines, valueWords } from '~/lib/maps/values-label';
import { partyName } from '~/lib/parties';
import { toValueSeat } from '~/lib/maps/values';
import { alpha, bravo, charlie } from './fixtures';

const a = toValueSeat(alpha);
const b = toValueSeat(bravo);
const c = toValueSeat(charlie);
const ctx = labelContext('2019');

describe('partyName and outcomeText', () => {
  it('drop the bracketed note from party names', () => {
    expect(partyName('lab')).toBe('Labour');
    expect(partyName('ucunf')).toBe('Ulster Conservatives and Unionists – New Force');
    expect(partyName('con')).toBe('Conservative');
  });
  it('say gain, hold or won', () => {
    expect(outcomeText(a)).toBe('Labour gain from Conservative');
    expect(outcomeText(c)).toBe('Conservative hold');
    expect(outcomeText({ ...a, prevWinner: null })).toBe('Labour won');
  });
});

describe('seatLabel', () => {
  it.each([
    [a, { kind: 'winner' }, 'Alpha, 2019: Labour gain from Conservative, majority 120 (20.0%)'],
    [a, { kind: 'share', party: 'lab' }, 'Alpha, 2019: Labour share 45.3%; Labour gain from Conservative'],
    [
      a,
      { kind: 'change', party: 'lab' },
      'Alpha, 2019: Labour share +4.4 points since 2017; Labour gain from Conservative',
    ],
    [
      a,
      { kind: 'swing' },
      'Alpha, 2019: swing 2.2 points from Conservative to Labour since 2017; Labour gain from Conservative',
    ],
    [c, { kind: 'majority' }, 'Charlie, 2019: majority 10.0% of valid votes; Conservative hold'],
    [a, { kind: 'turnout' }, 'Alpha, 2019: turnout 60.0%; Labour gain from Conservative'],
  ] as const)('names the seat, the election and the value (%#: %j)', (seat, mode, label) => {
    expect(seatLabel(seat, mode, ctx)).toBe(label);
  });

  it.each([
    [
      a,
      { kind: 'share', party: 'green' },
      ctx,
      'Alpha, 2019: Green share: The party did not stand; Labour gain from Conservative',
    ],
    [
      b,
      { kind: 'swing' },
      ctx,
      'Bravo, 2019: swing: The Speaker stood at one or both of the two elections, so the main parties did not both stand; Speaker hold',
    ],
    [c, { kind: 'turnout' }, ctx, 'Charlie, 2019: turnout: Electorate not recorded; Conservative hold'],
    [
      a,
      { kind: 'swing' },
      labelContext('2010'),
      'Alpha, 2010: swing: No earlier election on these boundaries in the data; Labour gain from Conservative',
    ],
  ] as const)('gives the reason when there is no value (%#: %j)', (seat, mode, context, label) => {
    expect(seatLabel(seat, mode, context)).toBe(label);
  });

  it('does not say a party did not stand where the results file counts it among all other candidates', () => {
    // 2019's file has no UKIP column (UKIP stood in 44 seats); 2024's none for the TUV (14 seats in Northern Ireland).
    const alone =
      "Not counted on its own in this election's results file: any votes the party had here are among all other candidates";
    expect(valueWords(a, { kind: 'share', party: 'ukip' }, ctx)).toBe(`UK Independence Party share: ${alone}`);
    const at2024 = labelContext('2024');
    expect(valueWords(a, { kind: 'change', party: 'tuv' }, at2024)).toBe(
      `change in Traditional Unionist Voice share: ${alone}`,
    );
    // Both files count the Greens: the party did not stand. Reform UK in 2024 is measured from 2019's Brexit Party
    // column, so where it has no share it did not stand either.
    expect(valueWords(a, { kind: 'change', party: 'green' }, ctx)).toBe(
      'change in Green share: The party did not stand',
    );
    expect(valueWords(a, { kind: 'change', party: 'reform' }, at2024)).toBe(
      'change in Reform UK share: The party did not stand',
    );
    // A share but no change: counted with others at the earlier election (carved out of other, or a joint ticket).
    const carved = { ...a, shares: { ...a.shares, ind: 12.5 } };
    expect(valueWords(carved, { kind: 'change', party: 'ind' }, ctx)).toBe(
      'change in Independent share: No change: at the earlier election the party was counted together with others (among all other candidates, or within a joint ticket)',
    );
  });

  it('names the seat-set category, or says the seat is not in a partial list', () => {
    const layer = coverageLayer({
      id: 'cou-2019',
      title: 'Organisers 2019',
      election: '2019',
      format: 'organisers',
      completeness: 'partial',
      caveat: '',
      categories: ['named-in-unit-report', 'event-only'],
      attribute: null,
      categoryLabel: 'Strongest link',
      labels: { 'named-in-unit-report': 'Named in the report' },
      rows: [{ code: 'E14000001', kind: 'named-in-unit-report' }],
    });
    const set = { kind: 'set', set: 'cou-2019' } as const;
    // The set's title is in the map's title once, not in each of 650 seat labels.
    expect(seatLabel(a, set, { ...ctx, layer })).toBe(
      'Alpha, 2019: Named in the report; Labour gain from Conservative',
    );
    expect(valueWords(c, set, { ...ctx, layer })).toBe('Organisers 2019: Not named in the list (the list is partial)');
    expect(cellText(a, set, { ...ctx, layer })).toBe('Named in the report');
  });
});

describe('cellText', () => {
  it('is short: percent, signed points, dash for missing', () => {
    expect(cellText(a, { kind: 'winner' }, ctx)).toBe('Gain from Conservative');
    expect(cellText(c, { kind: 'winner' }, ctx)).toBe('Hold');
    expect(cellText({ ...a, prevWinner: null }, { kind: 'winner' }, ctx)).toBe('Won');
    expect(cellText(a, { kind: 'share', party: 'ld' }, ctx)).toBe('29.5%');
    expect(cellText(a, { kind: 'change', party: 'con' }, ctx)).toBe('0.0');
    expect(cellText(a, { kind: 'swing' }, ctx)).toBe('−2.2');
    expect(cellText(c, { kind: 'swing' }, ctx)).toBe('+2.0');
    expect(cellText(c, { kind: 'turnout' }, ctx)).toBe('–');
  });
});

describe('tooltipLines', () => {
  it('gives name, value and result', () => {
    expect(tooltipLines(a, { kind: 'winner' }, ctx)).toEqual([
      'Alpha',
      'Majority 120 (20.0%)',
      '2019: Labour gain from Conservative',
    ]);
    expect(tooltipLines(a, { kind: 'share', party: 'lab' }, ctx)).toEqual([
      'Alpha',
      'Labour share 45.3%',
      '2019: Labour gain from Conservative',
    ]);
  });
});
