// A graphic family of one chart for the whole UK (key "uk") that is the headline of its page, so its social card
// shows it: the long-run Labour share and the membership trend.
import type { Graphic, GraphicFamily } from './types';

export function ukOnlyFamily(family: string, label: string, build: (key: string) => Graphic): GraphicFamily {
  return { family, label, keys: () => ['uk'], build, socialCard: true };
}
