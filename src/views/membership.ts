// View model of the membership page: every cited national figure (the points charted and published as
// /data/membership.csv), each party's series, and Labour members per 1,000 electors at each election.
import * as data from '../data/index';
import { ELECTIONS } from '../lib/elections';
import { partyInfo, type Party } from '../lib/parties';
import { membershipPoints } from '../lib/publish/curated-tables';
import type { MembershipRow } from '../lib/schema/curated';

export interface PerThousand {
  election: string;
  members: number;
  memberDate: string;
  electorate: number;
  perThousand: number;
}

export type MembershipPoint = MembershipRow & { file: string };

export interface PartySeries {
  party: Party;
  name: string;
  points: MembershipPoint[];
  /** The latest figure of any kind, and the latest from accounts (null when the party has none). */
  latest: MembershipPoint;
  latestAccounts: MembershipPoint | null;
}

export interface MembershipView {
  /** Every figure, party then date: exactly the chart's dots and the rows of /data/membership.csv. */
  points: MembershipPoint[];
  series: PartySeries[];
  labour: MembershipRow[];
  perThousand: PerThousand[];
  electionDates: { label: string; date: string }[];
}

export function membershipView(): MembershipView {
  const points = membershipPoints(data.curated());
  const labour = [...data.curated().membership.labourYearEnd].sort((a, b) => a.date.localeCompare(b.date));
  const perThousand: PerThousand[] = [];
  for (const e of ELECTIONS.filter((x) => !x.notional)) {
    const row = labour.find((r) => r.date === `${e.date.slice(0, 4)}-12-31`);
    const uk = data.areaFor('K02000001', e.id);
    if (!row || !uk) continue;
    perThousand.push({
      election: e.label,
      members: row.members,
      memberDate: row.date,
      electorate: uk.electorate,
      perThousand: (1000 * row.members) / uk.electorate,
    });
  }
  const parties = [...new Set(points.map((p) => p.party))].sort((a, b) =>
    a === 'lab' ? -1 : b === 'lab' ? 1 : partyInfo(a).name.localeCompare(partyInfo(b).name),
  );
  const series = parties.map((party): PartySeries => {
    const pts = points.filter((p) => p.party === party);
    const accounts = pts.filter((p) => p.kind === 'year-end-accounts');
    return {
      party,
      name: partyInfo(party).name,
      points: pts,
      latest: pts[pts.length - 1]!,
      latestAccounts: accounts[accounts.length - 1] ?? null,
    };
  });
  return {
    points,
    series,
    labour,
    perThousand,
    electionDates: ELECTIONS.filter((x) => !x.notional).map((e) => ({ label: e.label, date: e.date })),
  };
}
