// What the interactive map is coloured by: the kit's metrics plus cited seat sets, with short keys for URLs and selects.
import { isParty, type Party } from '../parties';
import type { MapMetric, NumericMetric } from './colour';

export type MapMode = MapMetric | { kind: 'set'; set: string };

/** Metric kinds that need a party. */
export const PARTY_KINDS = ['share', 'change'] as const;

/** 'winner', 'share-lab', 'change-con', 'swing', 'majority', 'turnout' or 'set-cou-2019'. */
export function modeKey(mode: MapMode): string {
  switch (mode.kind) {
    case 'share':
    case 'change':
      return `${mode.kind}-${mode.party}`;
    case 'set':
      return `set-${mode.set}`;
    default:
      return mode.kind;
  }
}

/** The mode a key names, or null for anything unknown (keys come from URLs, so they are not trusted). */
export function parseModeKey(key: string, setIds: readonly string[]): MapMode | null {
  if (key === 'winner' || key === 'swing' || key === 'majority' || key === 'turnout') return { kind: key };
  const m = /^(share|change)-([a-z]+)$/.exec(key);
  if (m) return isParty(m[2]!) ? { kind: m[1] as 'share' | 'change', party: m[2] as Party } : null;
  if (key.startsWith('set-') && setIds.includes(key.slice(4))) return { kind: 'set', set: key.slice(4) };
  return null;
}

export function isNumericMode(mode: MapMode): mode is NumericMetric {
  return mode.kind !== 'winner' && mode.kind !== 'set';
}

/** Modes that compare with the previous election on the same boundaries. */
export function needsPrevious(mode: MapMode): boolean {
  return mode.kind === 'change' || mode.kind === 'swing';
}
