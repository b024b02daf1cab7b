// The party columns of the Commons Library's results files, by election: the column's label and the party it holds.
// The parser reads the files with them (pipeline/parse/hoc-results.ts), and elections.ts takes from them which parties
// each source names on their own (everyone else is in "All other candidates").
import type { Party } from './parties';

const NEW_LAYOUT: Readonly<Record<string, Party>> = {
  Con: 'con',
  Lab: 'lab',
  LD: 'ld',
  Green: 'green',
  SNP: 'snp',
  PC: 'pc',
  DUP: 'dup',
  SF: 'sf',
  SDLP: 'sdlp',
  UUP: 'uup',
  APNI: 'apni',
  'All other candidates': 'other',
};
const OLD_LAYOUT: Readonly<Record<string, Party>> = {
  con: 'con',
  lab: 'lab',
  ld: 'ld',
  ukip: 'ukip',
  green: 'green',
  snp: 'snp',
  pc: 'pc',
  dup: 'dup',
  sf: 'sf',
  sdlp: 'sdlp',
  uup: 'uup',
  alliance: 'apni',
  other: 'other',
};

/** 2015 and 2017 share one layout; 2019 and 2024 drop UKIP and add the Brexit Party, then Reform UK. */
export const HOC_PARTY_COLUMNS: Readonly<Record<'2015' | '2017' | '2019' | '2024', Readonly<Record<string, Party>>>> = {
  '2015': OLD_LAYOUT,
  '2017': OLD_LAYOUT,
  '2019': { ...NEW_LAYOUT, BRX: 'brexit' },
  '2024': { ...NEW_LAYOUT, RUK: 'reform' },
};

/** The parties a file gives columns of their own ("All other candidates" aside). */
export function namedParties(columns: Readonly<Record<string, Party>>): readonly Party[] {
  return Object.values(columns).filter((p) => p !== 'other');
}
