// How each outcome is put into words: its subject, which way a value moves, and which way a difference favours.
import type { Party } from '../parties';
import { partyInfo } from '../parties';
import { listAnd } from '../format/list';
import { formatMagnitude } from './format';
import { pp } from '../format/numbers';
import type { Outcome } from './outcomes';

const NAMES: Partial<Record<Party, { possessive: string; noun: string }>> = {
  con: { possessive: "the Conservatives'", noun: 'the Conservatives' },
  lab: { possessive: "Labour's", noun: 'Labour' },
  ld: { possessive: "the Liberal Democrats'", noun: 'the Liberal Democrats' },
  snp: { possessive: "the SNP's", noun: 'the SNP' },
  pc: { possessive: "Plaid Cymru's", noun: 'Plaid Cymru' },
  green: { possessive: "the Greens'", noun: 'the Greens' },
  reform: { possessive: "Reform UK's", noun: 'Reform UK' },
  brexit: { possessive: "the Brexit Party's", noun: 'the Brexit Party' },
  ukip: { possessive: "UKIP's", noun: 'UKIP' },
  dup: { possessive: "the DUP's", noun: 'the DUP' },
  sf: { possessive: "Sinn Féin's", noun: 'Sinn Féin' },
  sdlp: { possessive: "the SDLP's", noun: 'the SDLP' },
  uup: { possessive: "the UUP's", noun: 'the UUP' },
  apni: { possessive: "Alliance's", noun: 'Alliance' },
};

function names(p: Party): { possessive: string; noun: string } {
  const short = partyInfo(p).short;
  return NAMES[p] ?? { possessive: `${short}'s`, noun: short };
}

export interface Vocabulary {
  /** "Labour's share" */
  subject: string;
  /** How a value moved: "fell by 7.9 points", "was 4.1 points towards the Conservatives". */
  movement(x: number): string;
  /** A value as a noun phrase: "a fall of 2.0 points", "4.1 points towards Labour". */
  amount(x: number): string;
  /** Which way a positive / negative difference points: "better for Labour" / "worse for Labour". */
  favour(d: number): string;
  /** One seat's value in a list: "+4.4" for a change, "6.4 to Lab" for a swing. */
  seatValue(x: number): string;
  /** One seat's gap in a list: "+1.2" for a change, "6.4 more to Lab" for a swing. */
  seatGap(d: number): string;
}

const zero = (x: number) => formatMagnitude(x) === '0.0';

function shareVocabulary(subject: string, who: string): Vocabulary {
  return {
    subject,
    movement: (x) => (zero(x) ? 'did not change' : `${x < 0 ? 'fell' : 'rose'} by ${formatMagnitude(x)} points`),
    amount: (x) => (zero(x) ? 'no change' : `a ${x < 0 ? 'fall' : 'rise'} of ${formatMagnitude(x)} points`),
    favour: (d) => (d < 0 ? `worse for ${who}` : `better for ${who}`),
    seatValue: pp,
    seatGap: pp,
  };
}

export function vocabulary(o: Outcome): Vocabulary {
  switch (o.kind) {
    case 'change': {
      const n = names(o.party);
      return shareVocabulary(`${n.possessive} share`, n.noun);
    }
    case 'combinedChange':
      return shareVocabulary(`the combined share of ${listAnd(o.parties.map((p) => names(p).noun))}`, 'these parties');
    case 'swing': {
      const towards = (x: number) => (x < 0 ? 'towards Labour' : 'towards the Conservatives');
      return {
        subject: o.method === 'steed' ? 'the two-party (Steed) swing' : 'the swing',
        movement: (x) => (zero(x) ? 'was nil' : `was ${formatMagnitude(x)} points ${towards(x)}`),
        amount: (x) => (zero(x) ? 'no swing' : `${formatMagnitude(x)} points ${towards(x)}`),
        favour: (d) => (d < 0 ? 'more towards Labour' : 'more towards the Conservatives'),
        seatValue: (x) => (zero(x) ? 'nil' : `${formatMagnitude(x)} to ${x < 0 ? 'Lab' : 'Con'}`),
        seatGap: (d) => (zero(d) ? '0.0' : `${formatMagnitude(d)} more to ${d < 0 ? 'Lab' : 'Con'}`),
      };
    }
  }
}

/** The units of an axis of an outcome's values: a swing's says which way is positive. */
export function axisUnits(key: string): string {
  return key.startsWith('swing:') ? '(points; positive = towards the Conservatives)' : '(points)';
}
