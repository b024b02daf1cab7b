// Legend entries for charts whose series are parties named by their short label (Con, Lab, LD...).
import { PARTIES } from '../lib/parties';
import type { LegendItem } from './types';

export function partyColourByShort(short: string): string {
  return PARTIES.find((p) => p.short === short)?.colour ?? '#888888';
}

export function partyCodeByShort(short: string): string {
  return PARTIES.find((p) => p.short === short)?.code ?? short;
}

export function partyNameByShort(short: string): string {
  return PARTIES.find((p) => p.short === short)?.name ?? short;
}

/** Legend entries of party lines, cased as the charts draw them (src/charts/cased.ts). */
export function partyLegend(shorts: readonly string[]): LegendItem[] {
  return shorts.map((s) => ({ label: partyNameByShort(s), colour: partyColourByShort(s), mark: 'cased-line' }));
}
