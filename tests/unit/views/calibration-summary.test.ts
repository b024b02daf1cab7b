// The methodology page's account of a calibration run, on a hand-made file: cells off their targets are named.
import { describe, expect, it } from 'vitest';
import { formatRate, offTarget } from '~/lib/stats/calibration';
import { runSummary } from '~/views/calibration-summary';
import { calibrationRow, calibrationRun } from '../../fixtures/calibration';

const row = (size: number, against: 'others' | 'matched', coverage: number | null, falsePositive: number | null) =>
  calibrationRow({ size, against, coverage, falsePositive, mode: 'within one region', sets: 200 });
const file = (rows: ReturnType<typeof row>[]) =>
  calibrationRun(rows, { outcome: 'swing:butler', seed: 1, note: 'test' });

describe('calibration summary', () => {
  it('holds cells to 93-97% coverage and at most 6% p < 0.05', () => {
    expect([offTarget('coverage', 0.929), offTarget('coverage', 0.93), offTarget('coverage', 0.971)]).toEqual([
      true,
      false,
      true,
    ]);
    expect([offTarget('falsePositive', 0.06), offTarget('falsePositive', 0.061), offTarget('coverage', null)]).toEqual([
      false,
      true,
      false,
    ]);
  });

  it('a run within target says so, with the range', () => {
    expect(
      runSummary(file([row(2, 'others', null, null), row(13, 'others', 0.95, 0.05), row(13, 'matched', 0.94, 0.04)])),
    ).toBe(
      'Butler swing between Labour and the Conservatives (the organiser claims’ headline measure): 2 cells show a figure; 95% intervals held the true value 94.0% to 95.0% of the time, and p fell below 0.05 at most 5.0% of the time, all within target.',
    );
  });

  it('prints a share to two decimals where one would round onto a target', () => {
    expect([formatRate(0.9705), formatRate(0.97), formatRate(0.9296), formatRate(0.0604), formatRate(0.954)]).toEqual([
      '97.05%',
      '97.0%',
      '92.96%',
      '6.04%',
      '95.4%',
    ]);
  });

  it('a cell off target is named', () => {
    expect(runSummary(file([row(13, 'matched', 0.92, 0.07)]))).toContain(
      'off target: 2017-2019, within one region, 13 seats, against matched seats (interval 92.0%, p < 0.05 7.0%)',
    );
  });
});
