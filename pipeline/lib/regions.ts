// Resolves region codes and the region-name variants used across raw files ("East", "Eastern", "East of England"),
// and a results row's region from its code and name columns.
import { REGIONS } from '../../src/lib/geography';
import type { Cells } from '../../src/lib/csv/read';

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

function isRegionCode(code: string): boolean {
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

/**
 * The region of a results row, from its region code and name columns. The code column wins; the name must agree with
 * it (a variant such as "East" is noted). A bad code with a recognisable name is used and noted. `notes` counts each
 * noted fact.
 */
export function regionOfRow(c: Cells, codeColumn: string, nameColumn: string, notes: Map<string, number>): string {
  const code = c.str(codeColumn);
  const name = c.str(nameColumn);
  const byName = regionCodeFromName(name);
  const note = (text: string) => notes.set(text, (notes.get(text) ?? 0) + 1);
  if (isRegionCode(code)) {
    if (byName === null)
      note(`region name "${name}" is not a known region name; the region code ${code} (${regionName(code)}) is used`);
    else if (byName !== code)
      c.fail(nameColumn, `region name "${name}" disagrees with the region code ${code} (${regionName(code)})`);
    else if (name.toLowerCase().replace(/\s+/g, ' ') !== regionName(code).toLowerCase())
      note(`region name "${name}" is read as ${regionName(code)} (${code})`);
    return code;
  }
  if (byName) {
    note(`region code "${code}" is not a region code; the region is taken from the name "${name}" (${byName})`);
    return byName;
  }
  return c.fail(codeColumn, `unknown region "${code}" / "${name}"`);
}
