// Maps the party labels used in the raw files (column names, "First party" values) to Groundwork party codes.
import type { Party } from '../../src/lib/parties';

const LABELS: Record<string, Party> = {
  con: 'con', lab: 'lab', ld: 'ld', snp: 'snp', pc: 'pc', green: 'green', grn: 'green',
  ruk: 'reform', reform: 'reform', brx: 'brexit', brexit: 'brexit', ukip: 'ukip', bnp: 'bnp',
  dup: 'dup', sf: 'sf', sdlp: 'sdlp', uup: 'uup', ucunf: 'ucunf', apni: 'apni', alliance: 'apni',
  tuv: 'tuv', spk: 'spk', speaker: 'spk', 'speaker.': 'spk', ind: 'ind',
};

/**
 * Labels that meant a different party before a given year: the Electoral Commission's 2010 "Reform" is
 * Reform 2000, not Reform UK (founded 2018).
 */
const BEFORE: Record<string, { until: number; party: Party }> = { reform: { until: 2018, party: 'other' } };

/** Party code for a raw label; labels of small parties (Ash, PBPA, WPB, …) fall into 'other'. */
export function partyFromLabel(label: string, year?: number): Party {
  const key = label.trim().toLowerCase();
  const old = BEFORE[key];
  if (old && year !== undefined && year < old.until) return old.party;
  if (/^ind\d?$/.test(key)) return 'ind';
  return LABELS[key] ?? 'other';
}
