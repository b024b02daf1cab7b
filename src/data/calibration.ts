// The calibration table (data/calibration.json, written by `npm run calibrate`), checked with its schema: coverage of
// the 95% intervals and the share of p < 0.05 on placebo sets of real seats, shown on /methodology/. The same run for
// the claims' other headline measures (Butler swing, the pact's combined share) is in data/calibration-*.json
// (`npm run calibrate -- --outcome <measure> --out <file>`).
import raw from '../../data/calibration.json';
import butler from '../../data/calibration-swing-butler.json';
import pact from '../../data/calibration-combined-pact.json';
import { calibrationFileSchema } from '../lib/schema/calibration';

export const calibration = calibrationFileSchema.parse(raw);

export const otherCalibrations = [butler, pact].map((f) => calibrationFileSchema.parse(f));
