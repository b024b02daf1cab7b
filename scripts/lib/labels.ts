// Maps the party labels used in the raw files (column names, "First party" values) to Groundwork party codes.
import type { Party } from '../../src/lib/parties';

const LABELS: Record<string, Party> = {
  con: 'con', lab: 'lab', ld: 'ld', snp: 'snp', pc: 'pc', green: 'green', grn: 'green',
  ruk: 'reform', reform: 'reform', brx: 'brexit', brexit: 'brexit', ukip: 'ukip', bnp: 'bnp',
  dup: 'dup', sf: 'sf', sdlp: 'sdlp', uup: 'uup', ucunf: 'ucunf', apni: 'apni', alliance: 'apni',
  tuv: 'tuv', spk: 'spk', speaker: 'spk', 'speaker.': 'spk', ind: 'ind',
};

/** Party code for a raw label; labels of small parties (Ash, PBPA, WPB, …) fall into 'other'. */
export function partyFromLabel(label: string): Party {
  const key = label.trim().toLowerCase();
  if (/^ind\d?$/.test(key)) return 'ind';
  return LABELS[key] ?? 'other';
}
