// View model of /compare/: the preset seat sets from the registry, the regions, and the per-pair data files the
// browser downloads (/compare/data/{pair}.json).
import { siteMisses } from '../data/calibration';
import * as data from '../data/index';
import { toPayload, type PairPayload } from '../lib/compare/payload';
import { engineOutcome } from './claims-run';
import { linkedPlacesOf } from './linked-places';
import { pairById, PAIRS, presetSettings, type ComparePreset } from '../lib/compare/settings';

export function pairPayload(id: string): PairPayload {
  const p = pairById(id);
  if (!p) throw new Error(`no election pair "${id}"`);
  return toPayload({
    dataVersion: data.dataVersion(),
    misses: siteMisses(),
    before: p.before,
    after: p.after,
    boundarySet: p.boundarySet,
    afterMetrics: data.metricsOf(p.after),
    afterResults: data.results().filter((r) => r.election === p.after),
    beforeResults: data.results().filter((r) => r.election === p.before),
    context: data.context(),
    regions: data.areaMetrics(),
  });
}

export function pairIds(): string[] {
  return PAIRS.map((p) => p.id);
}

/** Every registry seat set as a preset: its resolved seats, its default pair and its first outcome. */
export function comparePresets(): ComparePreset[] {
  return data.curated().sets.map((s) => {
    const first = s.entry.outcomes[0]!;
    const { before, after } = s.entry.compare;
    return {
      id: s.entry.id,
      title: s.entry.title,
      codes: s.codes,
      linked: linkedPlacesOf(s.entry.id).flatMap((p) => p.seats.map((x) => ({ code: x.code, place: p.name }))),
      ...presetSettings(s.entry.id, before, after, { label: first.label, outcome: engineOutcome(first) }),
      complete: s.entry.completeness === 'complete',
      caveat: s.entry.caveat,
    };
  });
}
