// The calibration table (data/calibration.json, written by `npm run calibrate`), checked with its schema: coverage of
// the 95% intervals and the share of p < 0.05 on placebo sets of real seats, shown on /methodology/.
import raw from '../../data/calibration.json';
import { calibrationFileSchema } from '../lib/schema/calibration';

export const calibration = calibrationFileSchema.parse(raw);
