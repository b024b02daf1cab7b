// The claim pages' figures as files of a data version. /claims/{slug}.csv always serves the current figures; each
// version also keeps its own copy, claim-{slug}.csv, beside its tables (data/archive/, /data/v/{version}/), so a
// citation of a claim's figures still finds them after the data or the method change.

/** A claim CSV's rows are matched on these columns when two versions are compared. */
export const CLAIM_FILE_KEY = ['section', 'comparison', 'pair', 'outcome', 'measure'] as const;

export const claimFile = (slug: string): string => `claim-${slug}.csv`;

/** The claim slug of a version's claim file, or null for a data table. */
export function claimSlugOf(file: string): string | null {
  return /^claim-([a-z0-9-]+)\.csv$/.exec(file)?.[1] ?? null;
}
