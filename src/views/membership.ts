// View model of the membership page: curated public figures, and members per 1,000 electors at each election.
import * as data from '../data/index';
import { ELECTIONS } from '../lib/elections';
import type { MembershipRow } from '../lib/schema/curated';

export interface PerThousand {
  election: string;
  members: number;
  memberDate: string;
  electorate: number;
  perThousand: number;
}

export interface MembershipView {
  labour: MembershipRow[];
  others: MembershipRow[];
  perThousand: PerThousand[];
  electionDates: { label: string; date: string }[];
}

export function membershipView(): MembershipView {
  const m = data.curated().membership;
  const labour = [...m.labourYearEnd].sort((a, b) => a.date.localeCompare(b.date));
  const perThousand: PerThousand[] = [];
  for (const e of ELECTIONS.filter((x) => !x.notional)) {
    const row = labour.find((r) => r.date === `${e.date.slice(0, 4)}-12-31`);
    const uk = data.areaFor('K02000001', e.id);
    if (!row || !uk) continue;
    perThousand.push({ election: e.label, members: row.members, memberDate: row.date, electorate: uk.electorate, perThousand: (1000 * row.members) / uk.electorate });
  }
  return {
    labour,
    others: [...m.parties].sort((a, b) => a.party.localeCompare(b.party) || a.date.localeCompare(b.date)),
    perThousand,
    electionDates: ELECTIONS.filter((x) => !x.notional).map((e) => ({ label: e.label, date: e.date })),
  };
}
