// Plausible bounds of a membership figure and its date, shared by the curated national figures and a local party's rows.

/** No UK party has had more than about a million members, and a figure of 0 members is not a membership count. */
export const MEMBERSHIP_BOUNDS = { min: 1, max: 2_000_000 } as const;

/** Membership figures before this date are outside the period Groundwork covers (and usually a typing slip). */
export const MEMBERSHIP_EARLIEST = '1900-01-01';
