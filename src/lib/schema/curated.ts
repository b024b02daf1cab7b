// Schemas of the hand-curated CSV rows under data/ (organiser links, seat sets, membership) and of the seat-set registry.
import { z } from 'zod';
import { MEMBERSHIP_BOUNDS, MEMBERSHIP_EARLIEST } from '../membership/bounds';
import { calendarDateSchema } from './calendar-date';
import { electionIdSchema, partySchema } from './result';

export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;

export const LINK_KINDS = [
  'named-in-unit-report',
  'organiser-based-there',
  'local-party-worked-with-unit',
  'event-only',
  'community-campaign',
] as const;

/** party-counter: a party's own live website counter (not audited), drawn apart from accounts on the chart. */
export const MEMBERSHIP_KINDS = [
  'year-end-accounts',
  'point-in-time',
  'leadership-electorate',
  'party-counter',
] as const;
export type MembershipKind = (typeof MEMBERSHIP_KINDS)[number];

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;

const SEAT_CODE = /^(E14|W07|S14|N05|N06)\d{6}$/;
const URL = /^https?:\/\/\S+$/;
/** Several sources in one cell are separated by this. */
export const SOURCE_SEPARATOR = ' ; ';

const oneOf = (values: readonly string[]) => ({ error: `must be one of: ${values.join(', ')}` });
const text = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

export const setIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case id such as cou-2019');
export const confidenceSchema = z.enum(CONFIDENCE_LEVELS, oneOf(CONFIDENCE_LEVELS));
const csvElection = z.enum(electionIdSchema.options, oneOf(electionIdSchema.options));
const seatCode = z
  .string()
  .regex(SEAT_CODE, 'must be an ONS constituency code (E14, W07, S14, N05 or N06 and 6 digits)');
const sourceUrl = z.string().regex(URL, 'must be an http(s) URL');
const sourceUrls = z
  .string()
  .refine(
    (s) => s.split(SOURCE_SEPARATOR).every((u) => URL.test(u)),
    `must be one or more http(s) URLs separated by "${SOURCE_SEPARATOR}"`,
  );

/** A local authority's ONS code: English unitary, district, metropolitan or London borough, Scottish or Welsh. */
export const LOCAL_AUTHORITY_CODE = /^(E0[6789]|S12|W06)\d{6}$/;

/**
 * One (place, link kind, source) row of data/organisers.csv; ons_code is null when the place is unresolved, and then
 * local_authority_code names the local authority the place is (the pipeline finds its seats from the postcodes).
 */
export const organiserRowSchema = z.object({
  set_id: setIdSchema,
  ons_code: z
    .string()
    .regex(/^((E14|W07|S14|N05|N06)\d{6})?$/, 'must be an ONS constituency code or empty when unresolved')
    .transform((s) => (s === '' ? null : s)),
  local_authority_code: z
    .string()
    .refine(
      (s) => s === '' || LOCAL_AUTHORITY_CODE.test(s),
      'must be a local authority ONS code (E06, E07, E08, E09, S12 or W06 and 6 digits) or empty',
    )
    .transform((s) => (s === '' ? null : s)),
  name_in_source: text('name_in_source'),
  election: csvElection,
  link_kind: z.enum(LINK_KINDS, oneOf(LINK_KINDS)),
  source_url: sourceUrl,
  source_title: text('source_title'),
  confidence: confidenceSchema,
  note: text('note'),
});
export type OrganiserRow = z.infer<typeof organiserRowSchema>;
export const ORGANISER_COLUMNS = Object.keys(organiserRowSchema.shape);

/** Columns every seat-set CSV under data/seat-sets/ has; a set's extra columns are declared in the registry. */
export const seatSetRowSchema = z.object({
  set_id: setIdSchema,
  ons_code: seatCode,
  name_in_source: text('name_in_source'),
  election: csvElection,
  source_url: sourceUrls,
  source_title: text('source_title'),
  confidence: confidenceSchema,
  note: text('note'),
});
export const SEAT_SET_COLUMNS = Object.keys(seatSetRowSchema.shape);
/** A seat-set row plus the values of the set's declared extra columns (e.g. party_given_clear_run). */
export type SeatSetRow = z.infer<typeof seatSetRowSchema> & { attributes: Record<string, string> };

/** One membership figure: data/membership/labour-year-end.csv, parties-hocl.csv and parties-reported.csv. */
export const membershipRowSchema = z
  .object({
    date: calendarDateSchema.refine((s) => s >= MEMBERSHIP_EARLIEST, {
      error: (issue) => `${String(issue.input)} is before ${MEMBERSHIP_EARLIEST}, outside the period covered`,
    }),
    date_precision: z.enum(DATE_PRECISIONS, oneOf(DATE_PRECISIONS)),
    party: z.enum(partySchema.options, { error: 'must be a party code such as lab, con, ld' }),
    members: z
      .string()
      .regex(/^\d+$/, 'must be a whole number of members, 0 or more')
      .transform(Number)
      .refine((n) => n >= MEMBERSHIP_BOUNDS.min && n <= MEMBERSHIP_BOUNDS.max, {
        error: (issue) =>
          `${String(issue.input).slice(0, 30)} members is outside ${MEMBERSHIP_BOUNDS.min.toLocaleString('en-GB')} to ${MEMBERSHIP_BOUNDS.max.toLocaleString('en-GB')} (a national party's plausible range)`,
      }),
    kind: z.enum(MEMBERSHIP_KINDS, oneOf(MEMBERSHIP_KINDS)),
    source_url: sourceUrls,
    source_title: text('source_title'),
    confidence: confidenceSchema,
    note: text('note'),
  })
  .superRefine((row, ctx) => {
    const ok =
      row.date_precision === 'day' ||
      (row.date_precision === 'month' && row.date.endsWith('-01')) ||
      (row.date_precision === 'year' && row.date.endsWith('-01-01'));
    if (!ok) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `a ${row.date_precision}-precision date must be the first day of that ${row.date_precision}`,
      });
    }
  });
export type MembershipRow = z.infer<typeof membershipRowSchema>;
export const MEMBERSHIP_COLUMNS = [
  'date',
  'date_precision',
  'party',
  'members',
  'kind',
  'source_url',
  'source_title',
  'confidence',
  'note',
] as const;

/** Parties named in a combined measure: known codes, each once (a repeated party would be counted twice). */
export const partyListSchema = z
  .array(partySchema)
  .min(1)
  .refine((ps) => new Set(ps).size === ps.length, 'a party is listed twice');

/** An outcome a seat set's claim is about, computed per seat between the registry's two elections. */
export const outcomeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('share-change'),
    /** Change in the combined vote share (percentage points) of these parties. */
    parties: partyListSchema,
    label: z.string().min(1),
  }),
  z.object({
    kind: z.literal('butler-swing'),
    /** Butler swing from `from` to `to` in points; positive means votes moved towards `to`. */
    from: partySchema,
    to: partySchema,
    label: z.string().min(1),
  }),
]);
export type Outcome = z.infer<typeof outcomeSchema>;

export const setAttributeSchema = z.object({
  column: z.string().regex(/^[a-z][a-z0-9_]*$/),
  label: z.string().min(1),
  values: z.array(z.string().min(1)).min(1),
});

/** One entry of data/seat-sets/sets.json: everything the comparison engine needs to know about a seat set. */
export const seatSetEntrySchema = z.object({
  id: setIdSchema,
  title: z.string().min(1),
  description: z.string().min(1),
  /** `organisers`: rows as in data/organisers.csv (several link kinds per seat); `seat-set`: one row per seat. */
  format: z.enum(['organisers', 'seat-set']),
  /** CSV path relative to the repository root. */
  file: z.string().regex(/^data\/[a-z0-9/_-]+\.csv$/, 'must be a CSV path under data/'),
  election: electionIdSchema,
  compare: z.object({ before: electionIdSchema, after: electionIdSchema }),
  outcomes: z.array(outcomeSchema).min(1),
  completeness: z.enum(['complete', 'partial']),
  /** For a complete set, the number of distinct seats the CSV must hold. */
  expectedSeats: z.number().int().positive().nullable(),
  /** Extra CSV columns of a seat-set file and their allowed values. */
  attributes: z.array(setAttributeSchema),
  claim: z.object({ text: z.string().min(1), source_url: sourceUrl, source_title: z.string().min(1) }).nullable(),
  caveat: z.string().min(1),
});
export type SeatSetEntry = z.infer<typeof seatSetEntrySchema>;

export const seatSetRegistrySchema = z.array(seatSetEntrySchema).min(1);
