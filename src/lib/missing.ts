// Typed reasons for values that do not exist, used instead of NaN, zero or blank.
export const MISSING_REASONS = {
  'no-previous-election': 'No earlier election on these boundaries in the data',
  'speaker-seat': 'The Speaker stood at one or both of the two elections, so the main parties did not both stand',
  'party-did-not-stand': 'The party did not stand',
  'counted-as-other':
    "Not counted on its own in this election's results file: any votes the party had here are among all other candidates",
  'no-comparable-share':
    'No change: at the earlier election the party was counted together with others (among all other candidates, or within a joint ticket)',
  'party-renamed': 'The party stood under its new name, and its change is given there (the Brexit Party as Reform UK)',
  'not-both-parties': 'Conservative and Labour did not both stand in both elections',
  'outside-candidate':
    'The winner or runner-up stood outside the parties counted one by one (among all other candidates), so there is no swing between the top two',
  'new-in-top-two':
    'One of the top two did not stand here at the previous election, so its whole share would count as a swing to it: there is no swing between them',
  'no-votes': 'No valid votes recorded',
  'no-electorate': 'Electorate not recorded',
  'not-in-set': 'Seat not covered by this dataset',
} as const;

export type MissingReason = keyof typeof MISSING_REASONS;

export interface Missing {
  missing: MissingReason;
}

export type Maybe<T> = T | Missing;

export function missing(reason: MissingReason): Missing {
  return { missing: reason };
}

export function isMissing(value: unknown): value is Missing {
  return typeof value === 'object' && value !== null && 'missing' in value;
}

export function describeMissing(m: Missing): string {
  return MISSING_REASONS[m.missing];
}
