// The placebo calibration of every measure /compare/ offers (npm run calibrate -- --measure <id>): data/calibration.json
// for Labour's change, shown on /methodology/ as tables, and data/calibration-{id}.json for each other measure, each
// checked with its schema and against the measure its name says it holds.
import lab from '../../data/calibration.json';
import swing from '../../data/calibration-swing.json';
import steed from '../../data/calibration-steed.json';
import con from '../../data/calibration-con.json';
import ld from '../../data/calibration-ld.json';
import green from '../../data/calibration-green.json';
import snp from '../../data/calibration-snp.json';
import pc from '../../data/calibration-pc.json';
import brexit from '../../data/calibration-brexit.json';
import reform from '../../data/calibration-reform.json';
import pact from '../../data/calibration-pact.json';
import { calibrationMisses, type CalibrationMiss } from '../lib/compare/calibration-misses';
import { outcomeKey } from '../lib/compare/outcomes';
import { OUTCOMES } from '../lib/compare/settings';
import { calibrationFileSchema, type CalibrationFile } from '../lib/schema/calibration';
import { calibrationFile } from '../lib/stats/calibration';

const FILES: Record<string, unknown> = { lab, swing, steed, con, ld, green, snp, pc, brexit, reform, pact };

/** Each measure's calibration, in /compare/'s order of measures. */
export const calibrations: readonly { id: string; file: CalibrationFile }[] = OUTCOMES.map(({ id, outcome }) => {
  const path = calibrationFile(id);
  if (!(id in FILES))
    throw new Error(`${path}: no calibration of the measure ${id} (npm run calibrate -- --measure ${id})`);
  const parsed = calibrationFileSchema.safeParse(FILES[id]);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}: ${issue.path.join('.')}: ${issue.message}`);
  }
  if (parsed.data.outcome !== outcomeKey(outcome))
    throw new Error(`${path}: holds the calibration of ${parsed.data.outcome}, not ${outcomeKey(outcome)}`);
  return { id, file: parsed.data };
});

/** The calibration of Labour's change, which /methodology/ shows in full. */
export const calibration = calibrations.find((c) => c.id === 'lab')!.file;

const misses = calibrations.flatMap((c) => calibrationMisses(c.file));

/** Every cell of every measure's calibration that missed its target: the site withholds the figures they cover. */
export function siteMisses(): readonly CalibrationMiss[] {
  return misses;
}
