// The researchers' batch command (npm run compare) run as a researcher runs it, on the real data: one JSON line per set
// and comparison with the site's figures, bad lines reported on stderr with their line numbers and exit status 1, and
// a figure the measure's calibration missed printed as null, as the site withholds it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteMisses } from '../../src/data/calibration';
import { runPair } from '../../src/views/compare-run';

/** 13 seats of the 2024 boundaries across 11 regions, none of a cited set. */
const SEATS_2024 =
  'E14001101,E14001065,E14001074,E14001066,E14001064,E14001077,E14001073,E14001063,E14001080,S14000060,W07000081,E14001106,E14001070';

function run(pair: string, outcome: string, lines: string[]) {
  const file = join(mkdtempSync(join(tmpdir(), 'compare-cli-')), 'sets.txt');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const r = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'tools/compare-cli.ts', '--pair', pair, '--outcome', outcome, '--sets', file],
    { encoding: 'utf8' },
  );
  return {
    status: r.status,
    rows: r.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>),
    stderr: r.stderr.replace(/^.*sets\.txt/gm, 'sets.txt'),
  };
}

describe('npm run compare', () => {
  const r = run('2019N-2024', 'change:green', [SEATS_2024, '', 'NOTACODE,E14001101', 'E14000887']);

  it('prints the site engine’s figures for each good line, against other and matched seats', () => {
    const site = runPair(
      { before: '2019N', after: '2024' },
      SEATS_2024.split(','),
      [{ kind: 'change', party: 'green' }],
      {
        misses: siteMisses(),
      },
    ).outcomes[0]!;
    expect(r.rows.map((x) => [x.line, x.n, x.against])).toEqual([
      [1, 13, 'others'],
      [1, 13, 'matched'],
    ]);
    const round4 = (x: number | null) => (x === null ? null : Math.round(x * 1e4) / 1e4);
    expect(r.rows[0]!.difference).toBe(round4(site.otherSeats!.difference!.estimate));
    expect(r.rows[1]!.difference).toBe(round4(site.matched!.difference!.estimate));
    // The matched interval is withheld too (that cell of the Greens' calibration missed once matching was exact on
    // the holder), and printed as null as the site withholds it.
    expect([r.rows[1]!.ci_low, r.rows[1]!.ci_high]).toEqual([
      round4(site.matched!.difference!.low),
      round4(site.matched!.difference!.high),
    ]);
    expect(site.matched!.difference!.reason).toBe('calibration-miss');
  });

  it("prints null for the interval and p-value the Greens' 2019-2024 calibration missed at 13 seats across regions", () => {
    const miss = siteMisses().find(
      (m) => m.outcome === 'change:green' && m.pair === '2019N-2024' && m.figure === 'others',
    );
    expect(miss, 'the calibration no longer misses this cell: pick another').toMatchObject({ from: 13, to: 29 });
    expect([r.rows[0]!.ci_low, r.rows[0]!.ci_high, r.rows[0]!.p]).toEqual([null, null, null]);
    const unwithheld = runPair({ before: '2019N', after: '2024' }, SEATS_2024.split(','), [
      { kind: 'change', party: 'green' },
    ]).outcomes[0]!;
    expect(unwithheld.otherSeats!.difference!.low).not.toBeNull();
  });

  it('reports each bad line with its number and exits 1', () => {
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('sets.txt:2: empty line, skipped');
    expect(r.stderr).toMatch(/sets\.txt:3: .*NOTACODE/);
    expect(r.stderr).toMatch(/sets\.txt:4: .*E14000887/);
  });
});
