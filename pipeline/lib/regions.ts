// Resolves region codes and the region-name variants used across raw files ("East", "Eastern", "East of England").
import { REGIONS } from '../../src/lib/geography';

const VARIANTS: Record<string, string> = {
  'north east': 'E12000001',
  'north west': 'E12000002',
  'yorkshire and the humber': 'E12000003',
  'yorkshire & the humber': 'E12000003',
  'yorkshire and humber': 'E12000003',
  'east midlands': 'E12000004',
  'west midlands': 'E12000005',
  'east of england': 'E12000006',
  east: 'E12000006',
  eastern: 'E12000006',
  london: 'E12000007',
  'south east': 'E12000008',
  'south west': 'E12000009',
  wales: 'W92000004',
  scotland: 'S92000003',
  'northern ireland': 'N92000002',
};

export function regionCodeFromName(name: string): string | null {
  return VARIANTS[name.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

export function isRegionCode(code: string): boolean {
  return REGIONS.some((r) => r.code === code);
}

/** The canonical name of a region code (the code itself when unknown). */
export function regionName(code: string): string {
  return REGIONS.find((r) => r.code === code)?.name ?? code;
}

/** The nation code a region belongs to (null when the region is unknown). */
export function regionNation(code: string): string | null {
  return REGIONS.find((r) => r.code === code)?.nation ?? null;
}
