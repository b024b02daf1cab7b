// The calibration behind /methodology/ is published as data: /methodology/calibration.csv, one row per cell of every
// measure, with whether it met its target, described in the data dictionary.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { calibrations } from '../../../src/data/calibration';
import { CALIBRATION_COLUMNS, calibrationCsv } from '../../../src/lib/publish/calibration';
import { DOWNLOAD_DICTIONARY } from '../../../src/lib/publish/dictionary-downloads';
import { calibrationRow, calibrationRun } from '../../fixtures/calibration';

const row = (size: number, against: 'matched' | 'average', coverage: number | null, fp: number | null) =>
  calibrationRow({
    size,
    against,
    coverage,
    falsePositive: fp,
    meanWidth: coverage === null ? null : 3.14159,
    crying: fp === null ? null : 0.01234,
  });
const file = calibrationRun(
  [row(13, 'matched', 0.91675, 0.08325), row(13, 'average', 0.95, null), row(2, 'matched', null, null)],
  { outcome: 'change:brexit' },
);

const parse = (text: string) =>
  Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });

describe('calibration.csv', () => {
  it('writes a row per cell, shares to 4 decimals, and whether each met its target', () => {
    const text = calibrationCsv([{ id: 'brexit', file }]);
    expect(text.startsWith('\ufeff')).toBe(true);
    const { data, meta } = parse(text);
    expect(meta.fields).toEqual([...CALIBRATION_COLUMNS]);
    expect(data.map((r) => [r.comparison, r.set_size, r.coverage, r.p_below_005, r.mean_width, r.on_target])).toEqual([
      ['matched seats', '13', '0.9168', '0.0833', '3.14', 'false'],
      ['set average', '13', '0.95', '', '3.14', 'true'],
      ['matched seats', '2', '', '', '', ''],
    ]);
    expect(data[0]).toMatchObject({
      measure: 'brexit',
      outcome: 'change:brexit',
      pair: '2017-2019',
      drawn: 'across regions',
      sets: '4000',
      data_version: 'abcdef1234',
    });
  });

  it('rounds as every published figure is rounded (roundTo): 173 of 4,000 sets is 0.0433, not 0.0432', () => {
    const { data } = parse(
      calibrationCsv([{ id: 'brexit', file: calibrationRun([row(13, 'matched', 0.95, 173 / 4000)]) }]),
    );
    expect(data[0]!.p_below_005).toBe('0.0433');
  });

  it("publishes every measure's every cell and describes its columns in the data dictionary", () => {
    const { data } = parse(calibrationCsv(calibrations));
    expect(data).toHaveLength(calibrations.reduce((n, c) => n + c.file.rows.length, 0));
    expect(new Set(data.map((r) => r.measure)).size).toBe(11);
    const doc = DOWNLOAD_DICTIONARY.find((t) => t.pattern === 'methodology/calibration.csv');
    expect(doc?.columns.map((c) => c.column)).toEqual([...CALIBRATION_COLUMNS]);
  });
});
