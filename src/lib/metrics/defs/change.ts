// Metric: change in a party's share since the previous election on the same boundaries, percentage points.
import { pp } from '../../format/numbers';
import { partyInfo, partyName } from '../../parties';
import { partyMetric } from '../define';
import type { CSV_PARTIES } from '../metric';

const MEANING: Record<(typeof CSV_PARTIES)[number], string> = {
  con: 'Change in Conservative share since prev_election, percentage points (a party that did not stand counts as 0).',
  lab: 'Change in Labour share since prev_election, percentage points.',
  ld: 'Change in Liberal Democrat share since prev_election, percentage points.',
};

export const change = partyMetric({
  id: 'change',
  label: 'Change in share',
  unit: 'points',
  needsPrevious: true,
  field: 'change',
  column: (p) => `${p}_change_pp`,
  meaning: MEANING,
  definition: {
    term: 'Change in share',
    html: 'Share now minus share at the previous election on the <em>same boundaries</em>, in percentage points. 2015, 2017 and 2019 are compared with the election before on the 2010–2023 seats; 2024 is compared with the 2019 notional result on the 2024 seats. 2010 and 2019 notional have no predecessor in the data. A party that stood in only one of the two elections counts as zero in the other: a seat’s results table marks such a change “(new)”, as it is the party’s whole share. A party that stood earlier only within a joint ticket has no change, marked “(joint ticket)”: 2010’s UCUNF joint ticket of the Conservatives and the Ulster Unionists in Northern Ireland, whose votes are not split between them. Reform UK is the Brexit Party renamed (2021), so its 2024 change is from the Brexit Party’s 2019 share, as the Commons Library measures it. “All other candidates” is compared like with like: each source gives some parties columns of their own and counts everyone else together (2010’s names the BNP and independents, 2015’s does not; 2017’s names UKIP, 2019’s does not), so the earlier election’s candidates that the later source would count together are added to its other candidates first. Where a candidate outside those parties came first or second later but was counted with the others earlier, neither that candidate’s change nor the other candidates’ is given.',
  },
  map: {
    menu: 'Change in party share',
    scale: 'diverging',
    note: 'Teal: share went up. Brown: share went down.',
    legendTitle: (p) => `Change in ${partyInfo(p).name} share since the previous election`,
    title: (p, since) => `change in ${partyName(p)} share${since}`,
    header: (p) => `Change in ${partyName(p)} share (points)`,
    words: (v, p, since) => `${partyName(p)} share ${pp(v)} points${since}`,
    subject: (p) => `change in ${partyName(p)} share`,
  },
});
