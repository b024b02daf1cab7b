// The interactive map's view state (map kind, election, colour mode, zoomed region), its URL form and its rules.
import { election, isElectionId, type BoundarySet, type ElectionId } from '../elections';
import type { Party } from '../parties';
import type { MapKind } from './types';
import { modeKey, parseModeKey, type MapMode } from './values-mode';

export interface MapState {
  kind: MapKind;
  election: ElectionId;
  mode: MapMode;
  /** Region code the national map is zoomed to, or null for the whole map. */
  zoom: string | null;
}

export interface StateRules {
  /** Seat-set id -> the election its seats belong to. */
  setElections: Readonly<Record<string, ElectionId>>;
  parties: readonly Party[];
  /** The party of a share or change view whose party is not on offer. */
  party: Party;
  /** Region codes the map may zoom to (empty on area maps). */
  zoomable: readonly string[];
}

export function boundarySetOf(state: MapState): BoundarySet {
  return election(state.election).boundarySet;
}

/**
 * Makes a state consistent: a seat-set mode shows the election the set belongs to, and share or change modes
 * use a party on offer (the map's default party otherwise).
 */
export function normaliseState(state: MapState, rules: StateRules): MapState {
  let { mode, election: e } = state;
  if (mode.kind === 'set') {
    const setElection = rules.setElections[mode.set];
    if (setElection) e = setElection;
    else mode = { kind: 'winner' };
  }
  if ('party' in mode && !rules.parties.includes(mode.party)) mode = { kind: mode.kind, party: rules.party };
  const zoom = state.zoom !== null && rules.zoomable.includes(state.zoom) ? state.zoom : null;
  return { kind: state.kind, election: e, mode, zoom };
}

/** The state after the reader picks an election: a seat-set mode gives way to the winner map if the set is of another election. */
export function withElection(state: MapState, id: ElectionId, rules: StateRules): MapState {
  const mode =
    state.mode.kind === 'set' && rules.setElections[state.mode.set] !== id ? ({ kind: 'winner' } as const) : state.mode;
  return normaliseState({ ...state, election: id, mode }, rules);
}

/** URL query for a state, leaving out what equals the default. */
export function stateToQuery(state: MapState, defaults: MapState): string {
  const q = new URLSearchParams();
  if (state.kind !== defaults.kind) q.set('map', state.kind);
  if (state.election !== defaults.election) q.set('election', state.election);
  if (modeKey(state.mode) !== modeKey(defaults.mode)) q.set('colour', modeKey(state.mode));
  if (state.zoom) q.set('zoom', state.zoom);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** A state from a URL query; anything unknown keeps the default. */
export function stateFromQuery(search: string, defaults: MapState, rules: StateRules): MapState {
  const q = new URLSearchParams(search);
  const kind = q.get('map');
  const e = q.get('election') ?? '';
  const mode = parseModeKey(q.get('colour') ?? '', Object.keys(rules.setElections));
  const state: MapState = {
    kind: kind === 'geo' || kind === 'hex' ? kind : defaults.kind,
    election: isElectionId(e) ? e : defaults.election,
    mode: mode ?? defaults.mode,
    zoom: q.get('zoom'),
  };
  return normaliseState(state, rules);
}
