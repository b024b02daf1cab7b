// Party codes used in every derived table, with display names and colours (shared by charts, maps and CSVs).
export const PARTY_CODES = [
  'con',
  'lab',
  'ld',
  'snp',
  'pc',
  'green',
  'reform',
  'brexit',
  'ukip',
  'bnp',
  'dup',
  'sf',
  'sdlp',
  'uup',
  'ucunf',
  'apni',
  'tuv',
  'spk',
  'ind',
  'other',
] as const;
export type Party = (typeof PARTY_CODES)[number];

export interface PartyInfo {
  code: Party;
  name: string;
  short: string;
  colour: string;
}

const info: Record<Party, Omit<PartyInfo, 'code'>> = {
  con: { name: 'Conservative', short: 'Con', colour: '#0087DC' },
  lab: { name: 'Labour (incl. Labour Co-op)', short: 'Lab', colour: '#E4003B' },
  ld: { name: 'Liberal Democrat', short: 'LD', colour: '#FAA61A' },
  snp: { name: 'Scottish National Party', short: 'SNP', colour: '#FDF38E' },
  pc: { name: 'Plaid Cymru', short: 'PC', colour: '#005B54' },
  green: { name: 'Green', short: 'Green', colour: '#02A95B' },
  reform: { name: 'Reform UK', short: 'Reform', colour: '#12B6CF' },
  brexit: { name: 'Brexit Party', short: 'Brexit', colour: '#5BC8D6' },
  ukip: { name: 'UK Independence Party', short: 'UKIP', colour: '#6D3177' },
  bnp: { name: 'British National Party', short: 'BNP', colour: '#2E3B74' },
  dup: { name: 'Democratic Unionist Party', short: 'DUP', colour: '#D46A4C' },
  sf: { name: 'Sinn Féin', short: 'SF', colour: '#326760' },
  sdlp: { name: 'Social Democratic and Labour Party', short: 'SDLP', colour: '#2AA82C' },
  uup: { name: 'Ulster Unionist Party', short: 'UUP', colour: '#48A5EE' },
  ucunf: {
    name: 'Ulster Conservatives and Unionists – New Force (Con/UUP joint ticket, 2010)',
    short: 'UCUNF',
    colour: '#3A75C4',
  },
  apni: { name: 'Alliance Party of Northern Ireland', short: 'Alliance', colour: '#F6CB2F' },
  tuv: { name: 'Traditional Unionist Voice', short: 'TUV', colour: '#0C3A6A' },
  spk: { name: 'Speaker', short: 'Speaker', colour: '#7F7F7F' },
  ind: { name: 'Independent', short: 'Ind', colour: '#B0A99F' },
  other: { name: 'All other candidates', short: 'Other', colour: '#CFCFCF' },
};

export const PARTIES: readonly PartyInfo[] = PARTY_CODES.map((code) => ({ code, ...info[code] }));

/**
 * The years of the first and last general elections a party could stand at, for parties that did not exist through
 * the whole period: the Brexit Party was founded in 2019 and renamed Reform UK in 2021, and 2010's UCUNF joint ticket
 * stood only then.
 */
const CONTESTED: Partial<Record<Party, { from?: number; to?: number }>> = {
  brexit: { from: 2019, to: 2019 },
  reform: { from: 2019 },
  ucunf: { from: 2010, to: 2010 },
};

/** Whether the party existed to stand at a general election held in `year`. */
export function couldStand(party: Party, year: number): boolean {
  const c = CONTESTED[party];
  return !c || ((c.from === undefined || year >= c.from) && (c.to === undefined || year <= c.to));
}

/**
 * Parties that stood again under a new name, by their old code: the Brexit Party became Reform UK in January 2021 (the
 * same registered party, renamed). The Commons Library measures Reform UK's 2024 change from the Brexit Party's 2019
 * share, and so does every change and swing here.
 */
export const RENAMED: Partial<Record<Party, Party>> = { brexit: 'reform' };

/**
 * Joint tickets, by their code: the parties that stood together under one (2010's UCUNF: the Conservatives and the
 * Ulster Unionists in Northern Ireland). Its votes are not split between them, so neither has a share of its own.
 */
export const JOINT_TICKETS: Partial<Record<Party, readonly Party[]>> = { ucunf: ['con', 'uup'] };

/** The joint tickets `code` stood within (UUP: UCUNF). */
export function ticketsOf(code: Party): Party[] {
  return (Object.keys(JOINT_TICKETS) as Party[]).filter((t) => JOINT_TICKETS[t]!.includes(code));
}

/**
 * Whether `code` has no figure of its own in `figures` (votes or shares by party) while a joint ticket it stood within
 * has one: it stood then only within the ticket, whose votes are not split between its parties.
 */
export function onlyWithinTicket(code: Party, figures: Partial<Record<Party, number>>): boolean {
  return figures[code] === undefined && ticketsOf(code).some((t) => figures[t] !== undefined);
}

/** Parties with figures of their own for maps and area tables: not all other candidates, independents or the Speaker. */
export function isNamedParty(code: Party): boolean {
  return code !== 'other' && code !== 'ind' && code !== 'spk';
}

/** The code a party stood under before it was renamed (Reform UK: the Brexit Party), or undefined. */
export function formerCode(code: Party): Party | undefined {
  return (Object.keys(RENAMED) as Party[]).find((old) => RENAMED[old] === code);
}

/**
 * The code a party's earlier figures are under: its former name where it has none under this one but had some under
 * that (Reform UK's 2019 share is the Brexit Party's), else its own. `hadFigures` says whether the earlier election
 * has figures for a code.
 */
export function earlierCode(code: Party, hadFigures: (p: Party) => boolean): Party {
  const former = formerCode(code);
  return former && !hadFigures(code) && hadFigures(former) ? former : code;
}

export function partyInfo(code: Party): PartyInfo {
  return { code, ...info[code] };
}

export function isParty(value: string): value is Party {
  return (PARTY_CODES as readonly string[]).includes(value);
}

/** Party name without the bracketed note ("Labour (incl. Labour Co-op)" reads "Labour"). */
export function partyName(p: Party): string {
  return partyInfo(p).name.replace(/ \((?:incl\.|Con\/UUP).*\)$/, '');
}
