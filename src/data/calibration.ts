// The placebo calibration of every measure /compare/ offers (npm run calibrate -- --measure <id>): data/calibration.json
// for Labour's change, shown on /methodology/ as tables, and data/calibration-{id}.json for each other measure; and
// data/calibration-linked-{id}.json, the runs with the seats of linked places left out (-- --leave-linked) that the
// claim pages' linked-places check reads. Each is checked with its schema and against the measure its name says it
// holds.
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
import linkedSwing from '../../data/calibration-linked-swing.json';
import linkedLab from '../../data/calibration-linked-lab.json';
import { calibrationMisses, type CalibrationMiss } from '../lib/compare/calibration-misses';
import { outcomeKey } from '../lib/compare/outcomes';
import { OUTCOMES } from '../lib/compare/settings';
import { calibrationFileSchema, type CalibrationFile } from '../lib/schema/calibration';
import { calibrationFile } from '../lib/stats/calibration';

const FILES: Record<string, unknown> = { lab, swing, steed, con, ld, green, snp, pc, brexit, reform, pact };
const LINKED_FILES: Record<string, unknown> = { swing: linkedSwing, lab: linkedLab };

/** A measure's calibration file, checked with its schema and against the measure it is named for. */
function checked(id: string, json: unknown, leaveLinked: boolean): CalibrationFile {
  const path = calibrationFile(id, leaveLinked);
  const parsed = calibrationFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}: ${issue.path.join('.')}: ${issue.message}`);
  }
  const outcome = OUTCOMES.find((o) => o.id === id)!.outcome;
  if (parsed.data.outcome !== outcomeKey(outcome))
    throw new Error(`${path}: holds the calibration of ${parsed.data.outcome}, not ${outcomeKey(outcome)}`);
  if (leaveLinked !== (parsed.data.leaveLinked !== undefined))
    throw new Error(`${path}: ${leaveLinked ? 'lists no' : 'lists'} seats of linked places left out`);
  return parsed.data;
}

/** Each measure's calibration, in /compare/'s order of measures. */
export const calibrations: readonly { id: string; file: CalibrationFile }[] = OUTCOMES.map(({ id }) => {
  if (!(id in FILES))
    throw new Error(
      `${calibrationFile(id)}: no calibration of the measure ${id} (npm run calibrate -- --measure ${id})`,
    );
  return { id, file: checked(id, FILES[id], false) };
});

/** The runs with the seats of linked places left out, by measure id (the measures of the organiser claims' headlines). */
export const linkedCalibrations: readonly { id: string; file: CalibrationFile }[] = Object.entries(LINKED_FILES).map(
  ([id, json]) => ({ id, file: checked(id, json, true) }),
);

/** The calibration of Labour's change, which /methodology/ shows in full. */
export const calibration = calibrations.find((c) => c.id === 'lab')!.file;

const misses = calibrations.flatMap((c) => calibrationMisses(c.file));

/** Every cell of every measure's calibration that missed its target: the site withholds the figures they cover. */
export function siteMisses(): readonly CalibrationMiss[] {
  return misses;
}
