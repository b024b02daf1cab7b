// Maps the party labels used in the raw files (column names, "First party" values) to Groundwork party codes.
import type { Party } from '../../src/lib/parties';

const LABELS: Record<string, Party> = {
  con: 'con',
  lab: 'lab',
  ld: 'ld',
  snp: 'snp',
  pc: 'pc',
  green: 'green',
  grn: 'green',
  ruk: 'reform',
  reform: 'reform',
  brx: 'brexit',
  brexit: 'brexit',
  ukip: 'ukip',
  bnp: 'bnp',
  dup: 'dup',
  sf: 'sf',
  sdlp: 'sdlp',
  uup: 'uup',
  ucunf: 'ucunf',
  apni: 'apni',
  alliance: 'apni',
  tuv: 'tuv',
  spk: 'spk',
  speaker: 'spk',
  'speaker.': 'spk',
  ind: 'ind',
};

/**
 * Labels of small parties that the results files use as a winner or runner-up and Groundwork counts as 'other'
 * (Ashfield Independents, People Before Profit, Respect, National Health Action, Buckingham Swindon Jeremy
 * Paxman, Workers Party, Independent Network, NI Independents). Any label in neither list is bad input.
 */
const OTHER_LABELS = new Set(['ash', 'pbpa', 'respect', 'national health action party', 'bsjp', 'wpb', 'inet', 'nip']);

/**
 * Labels that meant a different party before a given year: the Electoral Commission's 2010 "Reform" is
 * Reform 2000, not Reform UK (founded 2018).
 */
const BEFORE: Record<string, { until: number; party: Party }> = { reform: { until: 2018, party: 'other' } };

/** Party code for a raw label; labels of small parties (Ash, PBPA, WPB, …) fall into 'other'. */
export function partyFromLabel(label: string, year?: number): Party {
  return knownPartyFromLabel(label, year) ?? 'other';
}

/** Party code for a label in either list above, or null for a label nobody has declared (e.g. "Labour" for "Lab"). */
export function knownPartyFromLabel(label: string, year?: number): Party | null {
  const key = label.trim().toLowerCase();
  const old = BEFORE[key];
  if (old && year !== undefined && year < old.until) return old.party;
  if (/^ind\d?$/.test(key)) return 'ind';
  if (LABELS[key]) return LABELS[key];
  return OTHER_LABELS.has(key) ? 'other' : null;
}

/** The reason given when a label is unknown: names the label and the short forms the files use. */
export function unknownLabelReason(label: string): string {
  return `unknown party label "${label}": not one of the short labels the results files use (Con, Lab, LD, SNP, PC, Green, …) nor a declared small party; add it to pipeline/lib/labels.ts if it is real`;
}
