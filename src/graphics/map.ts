// Graphic family "map": the national seat map in its main views, keyed "{kind}-{election}-{colour}", e.g. "hex-2024-winner".
import { ELECTIONS } from '../lib/elections';
import { stateToQuery } from '../lib/maps/values-state';
import { coverageLayers } from '../views/map-data';
import { mapGraphic, mapKey, parseMapKey, type MapKey } from './map-graphic';
import type { Graphic, GraphicFamily } from './types';
import { DEFAULT_CARD_PATH } from '../site/paths';

/** The home page's first view; its permalink has no query. */
export const HOME_MAP: MapKey = { kind: 'hex', election: '2024', mode: { kind: 'winner' } };

/** Winners on both maps at every election, and the main measures on the hex map at the elections they are about. */
export function mapKeys(): string[] {
  const keys: MapKey[] = [];
  for (const kind of ['hex', 'geo'] as const)
    for (const e of ELECTIONS) keys.push({ kind, election: e.id, mode: { kind: 'winner' } });
  for (const e of ['2015', '2017', '2019', '2024'] as const)
    keys.push({ kind: 'hex', election: e, mode: { kind: 'swing' } });
  for (const party of ['lab', 'con', 'ld', 'green', 'reform'] as const)
    keys.push({ kind: 'hex', election: '2024', mode: { kind: 'share', party } });
  for (const party of ['lab', 'con'] as const)
    keys.push({ kind: 'hex', election: '2024', mode: { kind: 'change', party } });
  keys.push(
    { kind: 'hex', election: '2024', mode: { kind: 'turnout' } },
    { kind: 'hex', election: '2024', mode: { kind: 'majority' } },
  );
  for (const l of coverageLayers('all'))
    keys.push({ kind: 'hex', election: l.election, mode: { kind: 'set', set: l.id } });
  return keys.map(mapKey);
}

export function buildMap(key: string): Graphic {
  const k = parseMapKey(key);
  const query = stateToQuery({ ...k, zoom: null }, { ...HOME_MAP, zoom: null });
  return mapGraphic('map', key, 'uk', k, `${query}#map`);
}

export const map: GraphicFamily = {
  family: 'map',
  label: 'National seat maps',
  keys: mapKeys,
  build: buildMap,
  // The home page's card: the national maps are drawn there, and 27 cards of their own would weigh about 2.5 MB.
  pageCard: () => DEFAULT_CARD_PATH,
  sampleKeys: () => [
    'hex-2024-winner',
    'geo-2024-winner',
    'hex-2019-winner',
    'hex-2024-swing',
    'hex-2019-set-cou-2019',
    'hex-2019-set-utr-2019',
  ],
};
