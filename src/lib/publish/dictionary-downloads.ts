// The data dictionary of the chart and claim downloads: the columns of each CSV behind a graphic or claim page.
import { PARTY, shared } from './dictionary-columns';

/** The columns of the CSVs behind charts (/downloads/{family}/{key}.csv) and claim pages (/claims/{slug}.csv). */
export interface DownloadDoc {
  pattern: string;
  title: string;
  columns: { column: string; meaning: string }[];
}

const d = (column: string, meaning: string) => ({ column, meaning });

/** A chart's party column: the line's party, and the code each point stood under. */
const SERIES = `${PARTY} The line the point is on: Reform UK's line begins with the Brexit Party's 2019 share (the same party, renamed).`;
const STOOD_AS =
  'The code the party stood under at that election, as results.csv gives it (brexit for Reform UK’s 2019 point): join on this.';

export const DOWNLOAD_DICTIONARY: DownloadDoc[] = [
  {
    pattern: 'downloads/seat-history/{code}.csv',
    title: 'Seat vote-share history chart',
    columns: [
      d('ons_code', shared.ons_code!.meaning),
      d('constituency', 'Seat name.'),
      d('election', 'Election id.'),
      d('party', SERIES),
      d('stood_as', STOOD_AS),
      d('share_pct', 'Share of valid votes, percent.'),
      d('estimated', shared.estimated!.meaning),
    ],
  },
  {
    pattern: 'downloads/membership-trend/uk.csv',
    title: 'Party membership chart',
    columns: [
      d('date', 'Date of the figure, YYYY-MM-DD.'),
      d('date_precision', 'day, month or year.'),
      d('party', PARTY),
      d('members', 'Members as stated.'),
      d('kind', 'year-end-accounts, point-in-time, leadership-electorate or party-counter (as in membership.csv).'),
      d('source_url', 'Address of the source.'),
      d('source_title', 'Title of the source.'),
      d('confidence', 'high, medium or low.'),
    ],
  },
  {
    pattern: 'downloads/labour-share/uk.csv',
    title: "Labour's national vote share at every general election since 1918",
    columns: [
      d('election', 'General election (1974F and 1974O are February and October 1974).'),
      d('lab_votes', 'Labour votes summed over contested seats.'),
      d('total_votes', 'All votes summed over the same seats.'),
      d('lab_pct', 'Labour share, percent.'),
      d('change_pp', 'Change since the previous general election, percentage points.'),
      d('source', 'Source file id.'),
    ],
  },
  {
    pattern: 'downloads/map/{view}.csv and downloads/region-map/{view}.csv',
    title: 'Hex and region maps',
    columns: [
      d('ons_code', shared.ons_code!.meaning),
      d('constituency', 'Seat name.'),
      d('region', 'Region or nation.'),
      d('election', 'Election id.'),
      d('winner', 'Winning party, by name (seats.csv gives its code).'),
      d('measure', 'What the map colours (winner, a share, a change, swing or turnout).'),
      d('value', 'The number coloured, where the measure is a number.'),
      d(
        'value_text',
        "The value as the map's tooltip writes it; – where there is none (the map's values file, /maps/{area}/values/{election}.json, says why).",
      ),
    ],
  },
  {
    pattern: 'downloads/region-shares/{area}.csv',
    title: 'Region vote-share chart',
    columns: [
      d('area', 'Region or nation name.'),
      d('election', 'Election id.'),
      d('boundaries', '2010-2023 or 2024 boundary set.'),
      d('party', SERIES),
      d('stood_as', STOOD_AS),
      d('share_pct', 'Share of valid votes in the area, percent.'),
    ],
  },
  {
    pattern: 'downloads/claims/{slug}.csv (strip charts)',
    title: 'Claim-check strip charts',
    columns: [
      d('panel', 'Panel of the chart (an outcome or a pair of elections).'),
      d('group', "Row of the strip: the claim's seats, matched seats, other seats, the region."),
      d('row_type', 'seat (a dot), mean (an average with its interval) or reference (a line).'),
      d('ons_code', 'Seat code of a dot.'),
      d('constituency', 'Seat name.'),
      d('value_pts', 'The value, percentage points.'),
      d('ci_low', 'Lower end of the 95% interval of a mean.'),
      d('ci_high', 'Upper end.'),
      d('label', 'The label the chart prints.'),
    ],
  },
  {
    pattern: 'downloads/claims/{slug}.csv (scatters)',
    title: 'Claim-check scatter charts',
    columns: [
      d('panel_row', 'Facet row.'),
      d('panel_column', 'Facet column.'),
      d('row_type', 'seat or summary.'),
      d('ons_code', 'Seat code.'),
      d('constituency', 'Seat name.'),
      d('x', "Horizontal value (see the chart's axis label)."),
      d('y', 'Vertical value.'),
      d('group', "The seat's group."),
      d('seats', 'Seats in a summary row.'),
    ],
  },
  {
    pattern: 'claims/{slug}.csv, and data/v/{version}/claim-{slug}.csv',
    title:
      'Claim checks (the current figures, and from e27c856059 on each data version’s figures, kept once at the version that first published them: a version’s page links each file)',
    columns: [
      d('claim', 'Claim slug.'),
      d(
        'section',
        'figure (a claimed figure beside ours), comparison, placebo (the same comparison one election earlier), rule-sensitivity (the headline against matched seats under the current matching rule and the one before 7 December 2026, the latter without an interval), linked-places (an organiser headline with the seats of places linked to the unit left out), one-seat-out (the headline against matched seats with each chosen seat left out in turn, without an interval) or remain-seats (the Remain page’s seat groups).',
      ),
      d('comparison', 'Which comparison (set against other seats, matched seats, placebo).'),
      d('pair', 'Elections compared, e.g. 2017-2019.'),
      d('outcome', 'Outcome measured (change in Labour share, Butler swing).'),
      d('measure', 'What the row gives (mean, difference...).'),
      d('n', 'Seats.'),
      d('estimate', 'The figure, percentage points.'),
      d('ci_low', 'Lower end of the 95% interval.'),
      d('ci_high', 'Upper end of the 95% interval.'),
      d('p_value', 'Two-sided p-value of the difference.'),
      d('text', 'The figure in words (for figure rows: claimed and computed).'),
    ],
  },
  {
    pattern: 'organisers/selection-note.csv',
    title: 'How the organising unit chose its seats',
    columns: [
      d('set_id', 'The seat set the note is about (data/seat-sets/sets.json).'),
      d('quote', 'What the source says, word for word.'),
      d('who', 'Who said it.'),
      d('source_url', 'Address of the source.'),
      d('source_title', 'Title of the source.'),
      d('date', 'Date of the source, YYYY-MM-DD.'),
      d('confidence', shared.confidence!.meaning),
      d('note', 'How the source was read.'),
      d('consequence', 'What it means for any comparison of these seats.'),
    ],
  },
  {
    pattern: 'claims/studies.csv',
    title: 'What studies of local campaigning found',
    columns: [
      d('id', 'A short id of the study.'),
      d('authors', 'Who wrote it.'),
      d('year', 'Year of publication; empty where the source seen does not give it.'),
      d('title', 'Its title, as far as the source seen gives it (… where cut).'),
      d('finding', 'What it found, in our words.'),
      d('quote', 'Its own words, where read word for word; empty when only summarised.'),
      d('source_url', 'Address of the source.'),
      d('confidence', shared.confidence!.meaning),
      d('note', 'How the source was read.'),
      d('bearing', "What it means for this site's comparisons."),
    ],
  },
  {
    pattern: 'methodology/calibration.csv',
    title: 'Placebo calibration of every measure',
    columns: [
      d('measure', "The measure's id on /compare/ (lab, swing, steed, con, ld, green, snp, pc, brexit, reform, pact)."),
      d('outcome', 'The measure as the engine names it, e.g. change:lab or swing:butler.'),
      d('pair', 'Elections compared, e.g. 2017-2019.'),
      d('drawn', 'How the random sets were drawn: within one region or across regions.'),
      d('set_size', 'Seats in each random set.'),
      d('comparison', 'other seats, matched seats, placebo (the matched gap one election earlier) or set average.'),
      d('sets', 'Random sets drawn.'),
      d('with_interval', 'Sets that got a 95% interval (the rest had it withheld by a rule).'),
      d(
        'coverage',
        'Share of those intervals that held the true value (zero; for a set average, the average of all seats).',
      ),
      d('with_p', 'Sets that got a p-value.'),
      d('p_below_005', 'Share of those p-values below 0.05.'),
      d(
        'says_unlikely_chance',
        'Share of sets of which the site would say "unlikely to be chance" (interval and test agree).',
      ),
      d('mean_width', 'Mean width of the intervals, percentage points.'),
      d(
        'on_target',
        'true when coverage is 93-97% and p < 0.05 at most 6%; a missed cell withholds its figure on the site.',
      ),
      d('data_version', 'The data version the calibration ran on.'),
    ],
  },
  {
    pattern: 'claims/articles.csv',
    title: 'Every claim in the source articles',
    columns: [
      d('id', 'Claim id.'),
      d('article', 'Article (author, title).'),
      d('speaker', 'Who made the claim: the one the article quotes, else its author.'),
      d('quote', 'The claim as written.'),
      d(
        'status',
        'checked, checked-elsewhere, context (sourced context, not a full check), not-yet-checkable or not-checkable.',
      ),
      d('verdict', 'Short verdict where checked.'),
      d('page', 'Address of the check, if any.'),
      d('why', 'Why, and what would settle it.'),
    ],
  },
];
