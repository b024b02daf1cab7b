// The map's view state: consistency rules, the election a seat set belongs to, and the URL form.
import { describe, expect, it } from 'vitest';
import { normaliseState, stateFromQuery, stateToQuery, withElection } from '~/lib/maps/values-state';
import type { MapState, StateRules } from '~/lib/maps/values-state';

const rules: StateRules = {
  setElections: { 'cou-2019': '2019' },
  parties: ['con', 'lab', 'green'],
  party: 'lab',
  zoomable: ['E12000007'],
};
const defaults: MapState = { kind: 'hex', election: '2024', mode: { kind: 'winner' }, zoom: null };

describe('normaliseState', () => {
  it('shows a seat set on its own election', () => {
    expect(normaliseState({ ...defaults, mode: { kind: 'set', set: 'cou-2019' } }, rules).election).toBe('2019');
  });
  it('falls back to Labour for a party not on offer, and to no zoom for an unknown region', () => {
    expect(normaliseState({ ...defaults, mode: { kind: 'share', party: 'bnp' } }, rules).mode).toEqual({
      kind: 'share',
      party: 'lab',
    });
    expect(normaliseState({ ...defaults, zoom: 'E12000099' }, rules).zoom).toBeNull();
    expect(normaliseState({ ...defaults, mode: { kind: 'set', set: 'gone' } }, rules).mode).toEqual({ kind: 'winner' });
  });
});

describe('withElection', () => {
  it('leaves a seat-set view for the winner map when another election is picked', () => {
    const onSet: MapState = { ...defaults, election: '2019', mode: { kind: 'set', set: 'cou-2019' } };
    expect(withElection(onSet, '2024', rules)).toEqual({ ...defaults, election: '2024', mode: { kind: 'winner' } });
    expect(withElection(onSet, '2019', rules).mode).toEqual({ kind: 'set', set: 'cou-2019' });
    expect(withElection({ ...defaults, mode: { kind: 'swing' } }, '2017', rules)).toEqual({
      ...defaults,
      election: '2017',
      mode: { kind: 'swing' },
    });
  });
});

describe('URL form', () => {
  it('leaves out defaults and round-trips the rest', () => {
    expect(stateToQuery(defaults, defaults)).toBe('');
    const s: MapState = { kind: 'geo', election: '2019', mode: { kind: 'change', party: 'green' }, zoom: 'E12000007' };
    const q = stateToQuery(s, defaults);
    expect(q).toBe('?map=geo&election=2019&colour=change-green&zoom=E12000007');
    expect(stateFromQuery(q, defaults, rules)).toEqual(s);
  });
  it('ignores what it does not know', () => {
    expect(stateFromQuery('?map=3d&election=1997&colour=share-zzz&zoom=x', defaults, rules)).toEqual(defaults);
    expect(stateFromQuery('?colour=set-cou-2019', defaults, rules)).toEqual({
      ...defaults,
      election: '2019',
      mode: { kind: 'set', set: 'cou-2019' },
    });
  });
});
