// What the interactive map is coloured by: the winner, the registry's map metrics and cited seat sets, with short keys
// for URLs and selects.
import { isPartyMetric, mapMetric, MAP_METRICS, type PlainMetricId } from '../metrics/registry';
import { isParty } from '../parties';
import type { MapMetric, NumericMetric } from './colour';

export type MapMode = MapMetric | { kind: 'set'; set: string };

/** 'winner', a metric id ('swing', 'turnout'), a per-party metric's id and party ('share-lab') or 'set-cou-2019'. */
export function modeKey(mode: MapMode): string {
  if (mode.kind === 'set') return `set-${mode.set}`;
  return 'party' in mode ? `${mode.kind}-${mode.party}` : mode.kind;
}

const PARTY_KEY = new RegExp(
  `^(${MAP_METRICS.filter((m) => m.perParty)
    .map((m) => m.id)
    .join('|')})-([a-z]+)$`,
);

/** The mode a key names, or null for anything unknown (keys come from URLs, so they are not trusted). */
export function parseModeKey(key: string, setIds: readonly string[]): MapMode | null {
  if (key === 'winner') return { kind: key };
  if (MAP_METRICS.some((m) => !m.perParty && m.id === key)) return { kind: key as PlainMetricId };
  const m = PARTY_KEY.exec(key);
  if (m) return isParty(m[2]!) && isPartyMetric(m[1]!) ? { kind: m[1], party: m[2] } : null;
  if (key.startsWith('set-') && setIds.includes(key.slice(4))) return { kind: 'set', set: key.slice(4) };
  return null;
}

export function isNumericMode(mode: MapMode): mode is NumericMetric {
  return mode.kind !== 'winner' && mode.kind !== 'set';
}

/** Modes that compare with the previous election on the same boundaries. */
export function needsPrevious(mode: MapMode): boolean {
  return isNumericMode(mode) && mapMetric(mode.kind).needsPrevious;
}
