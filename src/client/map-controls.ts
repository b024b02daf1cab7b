// The map's control form: the view the reader chose in it, and the form (and its region link) set to a view.
import type { ElectionId } from '../lib/elections';
import { isPartyMetric } from '../lib/metrics/registry';
import type { Party } from '../lib/parties';
import type { MapKind } from '../lib/maps/types';
import type { MapClientConfig } from '../lib/maps/values-client';
import { modeKey, parseModeKey, type MapMode } from '../lib/maps/values-mode';
import { normaliseState, withElection, type MapState, type StateRules } from '../lib/maps/values-state';

/** The state the form asks for, from the one on screen: a new measure is normalised, a new election checked. */
export function readControls(form: HTMLFormElement, current: MapState, rules: StateRules): MapState {
  const f = new FormData(form);
  const kind = (f.get('kind') === 'geo' ? 'geo' : 'hex') as MapKind;
  const electionId = String(f.get('election') ?? current.election) as ElectionId;
  const modeValue = String(f.get('mode') ?? 'winner');
  const party = String(f.get('party') ?? 'lab') as Party;
  const key = isPartyMetric(modeValue) ? `${modeValue}-${party}` : modeValue;
  const mode: MapMode = parseModeKey(key, Object.keys(rules.setElections)) ?? { kind: 'winner' };
  const zoom = String(f.get('zoom') ?? '') || null;
  const modeChanged = modeKey(mode) !== modeKey(current.mode);
  const next = { ...current, kind, mode, zoom };
  return modeChanged ? normaliseState(next, rules) : withElection(next, electionId, rules);
}

/** Sets the form to the state, and points the region link (if any) at the zoomed region's page. */
export function setControls(root: HTMLElement, form: HTMLFormElement, s: MapState, config: MapClientConfig): void {
  const set = (name: string, value: string): void => {
    const el = form.elements.namedItem(name);
    if (el instanceof HTMLSelectElement) el.value = value;
    else if (el instanceof RadioNodeList) el.value = value;
  };
  set('kind', s.kind);
  set('election', s.election);
  set('mode', s.mode.kind === 'set' ? modeKey(s.mode) : s.mode.kind);
  if ('party' in s.mode) set('party', s.mode.party);
  const party = form.elements.namedItem('party');
  if (party instanceof HTMLSelectElement) {
    const on = 'party' in s.mode;
    party.disabled = !on;
  }
  set('zoom', s.zoom ?? '');
  const regionLink = root.querySelector<HTMLAnchorElement>('[data-map-region-link]');
  if (regionLink) {
    const r = config.regions.find((x) => x.code === s.zoom);
    regionLink.hidden = !r;
    if (r) {
      regionLink.href = `${config.base}region/${r.slug}/`;
      regionLink.textContent = `Open the ${r.name} page`;
    }
  }
}
