// ONS codes for constituencies, regions and nations, and the names Groundwork shows for them.
import { foldName } from './search/normalise';

export type NationCode = 'E92000001' | 'W92000004' | 'S92000003' | 'N92000002';

export interface Area {
  code: string;
  name: string;
  slug: string;
  kind: 'region' | 'nation' | 'uk';
  nation: NationCode | null;
}

export const NATIONS: readonly Area[] = [
  { code: 'E92000001', name: 'England', slug: 'england', kind: 'nation', nation: 'E92000001' },
  { code: 'W92000004', name: 'Wales', slug: 'wales', kind: 'nation', nation: 'W92000004' },
  { code: 'S92000003', name: 'Scotland', slug: 'scotland', kind: 'nation', nation: 'S92000003' },
  { code: 'N92000002', name: 'Northern Ireland', slug: 'northern-ireland', kind: 'nation', nation: 'N92000002' },
];

/** English regions plus Wales, Scotland and Northern Ireland, which are both regions and nations. */
export const REGIONS: readonly Area[] = [
  { code: 'E12000001', name: 'North East', slug: 'north-east', kind: 'region', nation: 'E92000001' },
  { code: 'E12000002', name: 'North West', slug: 'north-west', kind: 'region', nation: 'E92000001' },
  {
    code: 'E12000003',
    name: 'Yorkshire and the Humber',
    slug: 'yorkshire-and-the-humber',
    kind: 'region',
    nation: 'E92000001',
  },
  { code: 'E12000004', name: 'East Midlands', slug: 'east-midlands', kind: 'region', nation: 'E92000001' },
  { code: 'E12000005', name: 'West Midlands', slug: 'west-midlands', kind: 'region', nation: 'E92000001' },
  { code: 'E12000006', name: 'East of England', slug: 'east-of-england', kind: 'region', nation: 'E92000001' },
  { code: 'E12000007', name: 'London', slug: 'london', kind: 'region', nation: 'E92000001' },
  { code: 'E12000008', name: 'South East', slug: 'south-east', kind: 'region', nation: 'E92000001' },
  { code: 'E12000009', name: 'South West', slug: 'south-west', kind: 'region', nation: 'E92000001' },
  { code: 'W92000004', name: 'Wales', slug: 'wales', kind: 'region', nation: 'W92000004' },
  { code: 'S92000003', name: 'Scotland', slug: 'scotland', kind: 'region', nation: 'S92000003' },
  { code: 'N92000002', name: 'Northern Ireland', slug: 'northern-ireland', kind: 'region', nation: 'N92000002' },
];

export const UK: Area = { code: 'K02000001', name: 'United Kingdom', slug: 'uk', kind: 'uk', nation: null };

const SEAT_CODE = /^(E14|W07|S14|N05|N06)\d{6}$/;

export function isSeatCode(value: string): boolean {
  return SEAT_CODE.test(value);
}

export function nationOfSeat(code: string): NationCode {
  switch (code[0]) {
    case 'E':
      return 'E92000001';
    case 'W':
      return 'W92000004';
    case 'S':
      return 'S92000003';
    case 'N':
      return 'N92000002';
    default:
      throw new Error(`Not a constituency code: ${code}`);
  }
}

export function regionByCode(code: string): Area | undefined {
  return REGIONS.find((r) => r.code === code);
}

export function areaByCode(code: string): Area | undefined {
  if (code === UK.code) return UK;
  return REGIONS.find((r) => r.code === code) ?? NATIONS.find((n) => n.code === code);
}

/** URL slug for a constituency name: lower case, ASCII, words joined by hyphens. */
export function slugify(name: string): string {
  return foldName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
