// Metric: a party's share of the valid votes, percent.
import { pct } from '../../format/numbers';
import { missing } from '../../missing';
import { partyInfo, partyName, type Party } from '../../parties';
import { partyMetric } from '../define';
import type { CSV_PARTIES } from '../metric';

const MEANING: Record<(typeof CSV_PARTIES)[number], string> = {
  con: 'Conservative share of valid votes, percent, two decimals.',
  lab: 'Labour (including Labour Co-operative) share of valid votes, percent.',
  ld: 'Liberal Democrat share of valid votes, percent.',
};

/** The Speaker's seat has no share for the parties that stand aside there; elsewhere the party did not stand. */
const SPEAKER_ASIDE: readonly Party[] = ['con', 'lab', 'ld'];

export const share = partyMetric({
  id: 'share',
  label: 'Vote share',
  unit: 'percent',
  field: 'shares',
  column: (p) => `${p}_pct`,
  meaning: MEANING,
  notedWhenAbsent: true,
  definition: {
    term: 'Vote share',
    html: "A party's votes as a percentage of all valid votes in the seat (or of all valid votes in the area, for regions, nations and the UK). Area figures sum the votes of every seat and divide by the summed valid votes; they never average seat shares.",
  },
  map: {
    menu: 'Party share of the vote',
    scale: 'sequential',
    floor: 'zero',
    legendTitle: (p) => `${partyInfo(p).name} share of the vote`,
    title: (p) => `${partyName(p)} share of the vote`,
    header: (p) => `${partyName(p)} share (%)`,
    words: (v, p) => `${partyName(p)} share ${pct(v)}`,
    subject: (p) => `${partyName(p)} share`,
    read: (seat, p) => {
      const v = seat.shares[p];
      if (v !== undefined) return v;
      return seat.winner === 'spk' && SPEAKER_ASIDE.includes(p)
        ? missing('speaker-seat')
        : missing('party-did-not-stand');
    },
  },
});
