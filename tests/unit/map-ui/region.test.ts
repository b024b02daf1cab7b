// Region pages: which parties get a column, each election's row, and the share chart's points and boundary break.
import { describe, expect, it } from 'vitest';
import { boundaryBreak, regionSharePoints, regionSharesSpec } from '~/charts/region-shares';
import { renderPlot } from '~/charts/render';
import type { AreaMetrics } from '~/lib/schema/metrics';
import { electionRow, mainParties, REGION_HISTORY_COLUMNS, REGION_SEAT_COLUMNS, seatRow } from '~/views/region';
import { alpha } from './fixtures';

/** A row's figures by their column heading. */
const byHeading = (headings: readonly string[], figures: readonly string[]) =>
  Object.fromEntries(headings.map((h, i) => [h, figures[i]]));

// Test data: a made-up region at the 2019 notional election.
const area: AreaMetrics = {
  election: '2019N',
  area: 'E12000007',
  areaName: 'London',
  kind: 'region',
  seats: 5,
  electorate: 500,
  validVotes: 300,
  turnoutPct: 60,
  seatsWon: { con: 1, lab: 3, ld: 1, green: 0 },
  shares: { lab: 48, con: 32, ld: 14.95, green: 5, other: 0.05 },
  prevElection: null,
  change: {},
  swingLabToCon: { missing: 'no-previous-election' },
  steedSwing: { missing: 'no-previous-election' },
  estimated: true,
};

describe('mainParties', () => {
  it('keeps parties reaching 5% at some election, in party order, without others or independents', () => {
    expect(
      mainParties([{ shares: { lab: 40, con: 4.9, green: 5, other: 10, ind: 8 } }, { shares: { con: 6 } }]),
    ).toEqual(['con', 'lab', 'green']);
  });
});

describe('electionRow', () => {
  it('marks the first election on the new boundaries and sorts seats won', () => {
    const r = electionRow(area, { ...area, area: 'K02000001', swingLabToCon: 1.5 });
    expect(r.newBoundaries).toBe(true);
    expect(r.set).toBe('2024');
    expect(r.label).toBe('2019 notional');
    expect(r.seatsWon).toEqual([
      { party: 'lab', short: 'Lab', seats: 3 },
      { party: 'con', short: 'Con', seats: 1 },
      { party: 'ld', short: 'LD', seats: 1 },
    ]);
    // Turnout, the area's Butler swing (none: no earlier election on these boundaries) and the UK's, in the seat
    // pages' words: +1.5 (towards the Conservatives) is 1.5 points from Labour to Conservative.
    expect(byHeading(REGION_HISTORY_COLUMNS, r.figures)).toMatchObject({
      Turnout: '60.0%',
      'Butler swing': '–',
      'UK Butler swing': '1.5 Lab\u00a0→\u00a0Con',
    });
    expect(electionRow(area, { ...area, area: 'K02000001', swingLabToCon: -3.25 }).figures.at(-1)).toBe(
      '3.3 Con\u00a0→\u00a0Lab',
    );
    expect(r.swing).toEqual({ missing: 'no-previous-election' });
    expect(electionRow({ ...area, election: '2024', prevElection: '2019N' }, undefined).newBoundaries).toBe(false);
  });
});

describe('electionRow shares', () => {
  it("leaves out a party its election's results file counts among all other candidates: its sum is only partial", () => {
    // In 2024 the TUV has no column of its own: an area's TUV votes would be those of the seats it came first or
    // second in (North Antrim), not its share. Its seats won still count.
    const ni = { ...area, election: '2024' as const, seatsWon: { tuv: 1, dup: 5 }, shares: { dup: 22.1, tuv: 1.5 } };
    const r = electionRow(ni, undefined);
    expect(r.shares).toEqual({ dup: 22.1 });
    expect(r.seatsWon.map((s) => s.party)).toEqual(['dup', 'tuv']);
    // 2010's file names every party.
    expect(electionRow({ ...ni, election: '2010' }, undefined).shares).toEqual({ dup: 22.1, tuv: 1.5 });
  });
});

describe('seatRow', () => {
  it('gives the seat link, winner and rounded figures', () => {
    const row = seatRow(alpha);
    expect(row).toMatchObject({
      code: 'E14000001',
      name: 'Alpha',
      href: '/seat/E14000001/',
      winner: 'Labour',
      winnerColour: '#E4003B',
      outcome: 'Gain from Conservative',
    });
    expect(byHeading(REGION_SEAT_COLUMNS, row.figures)).toMatchObject({ Majority: '20.0%', Turnout: '60.0%' });
  });
});

describe('region share chart', () => {
  const rows = [
    { label: '2019', set: '2010' as const, shares: { lab: 40 } },
    { label: '2019 notional', set: '2024' as const, shares: { lab: 41, con: 30 } },
  ];
  const parties = [
    { code: 'con' as const, short: 'Con', colour: '#0087DC' },
    { code: 'lab' as const, short: 'Lab', colour: '#E4003B' },
  ];

  it('splits each party line at the boundary change', () => {
    expect(regionSharePoints(rows, parties)).toEqual([
      { i: 0, election: '2019', party: 'Lab', line: 'Lab 2010', set: '2010', share: 40 },
      { i: 1, election: '2019 notional', party: 'Con', line: 'Con 2024', set: '2024', share: 30 },
      { i: 1, election: '2019 notional', party: 'Lab', line: 'Lab 2024', set: '2024', share: 41 },
    ]);
    expect(boundaryBreak(rows)).toBe(1);
    expect(boundaryBreak([rows[1]!])).toBe(-1);
  });

  it('renders to an SVG image with the boundary marked and the election labels on the axis', () => {
    const svg = renderPlot(regionSharesSpec(rows, parties), { label: 'Vote share in London', description: 'Test.' });
    expect(svg).toMatch(/^<svg[^>]* role="img"/);
    expect(svg).toContain('New boundaries →');
    expect(svg).toContain('>2019 notional<');
    expect(svg).toContain('Lab 41.0%');
  });
});
