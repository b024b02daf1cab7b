// Words for one seat on the map: accessible name, table cell and tooltip lines, the same at build time and in the browser.
import { countedAsOther, election, type ElectionId } from '../elections';
import { count, pct } from '../format/numbers';
import { formatMetric } from '../metrics/metric';
import { mapMetric } from '../metrics/registry';
import { describeMissing, isMissing, missing, type Maybe, type Missing } from '../missing';
import { partyName, type Party } from '../parties';
import { partyOfMetric } from './colour';
import type { CoverageLayer } from './values-coverage';
import { isNumericMode, type MapMode } from './values-mode';
import type { ValueSeat } from './values';

export interface LabelContext {
  /** The election shown. */
  id: ElectionId;
  /** Election label, e.g. "2019 notional". */
  election: string;
  /** Label of the previous election on the same boundaries, or null. */
  previous: string | null;
  /** The seat-set layer, when the mode is a set. */
  layer?: CoverageLayer;
}

/** The context of an election's view, with the seat-set layer when the mode is a set (build and browser alike). */
export function labelContext(id: ElectionId, layer?: CoverageLayer): LabelContext {
  const e = election(id);
  return {
    id,
    election: e.label,
    previous: e.previous ? election(e.previous).label : null,
    ...(layer ? { layer } : {}),
  };
}

/** "Labour gain from Conservative", "Conservative hold" or "Labour won" (no earlier election on these boundaries). */
export function outcomeText(seat: ValueSeat): string {
  const w = partyName(seat.winner);
  if (!seat.prevWinner) return `${w} won`;
  return seat.prevWinner === seat.winner ? `${w} hold` : `${w} gain from ${partyName(seat.prevWinner)}`;
}

/** The outcome without the winner's name, for a table that shows the winner in its own column: "Gain from Conservative". */
export function outcomeShort(seat: Pick<ValueSeat, 'winner' | 'prevWinner'>): string {
  if (!seat.prevWinner) return 'Won';
  return seat.prevWinner === seat.winner ? 'Hold' : `Gain from ${partyName(seat.prevWinner)}`;
}

function majorityText(seat: ValueSeat): string {
  const pctText = isMissing(seat.majorityPct) ? '' : ` (${pct(seat.majorityPct)})`;
  return seat.majority === null ? 'majority not recorded' : `majority ${count(seat.majority)}${pctText}`;
}

/**
 * Why a party has no value in a seat, where the metric says only that it did not stand: a file that counts the party
 * among all other candidates (UKIP in 2019, the TUV outside North Antrim) cannot say that, and a party with a share but
 * no change was counted with others at the earlier election.
 */
function whyNoValue(seat: ValueSeat, kind: string, party: Party, id: ElectionId): Missing {
  if (kind === 'change' && seat.shares[party] !== undefined) return missing('no-comparable-share');
  if (countedAsOther(id, party)) return missing('counted-as-other');
  return missing('party-did-not-stand');
}

/** The numeric value a mode shows for a seat at election `id` (winner and set modes have none). */
export function numericValue(seat: ValueSeat, mode: MapMode, id: ElectionId): Maybe<number> | null {
  if (!isNumericMode(mode)) return null;
  const m = mapMetric(mode.kind);
  if (m.needsPrevious && !election(id).previous) return missing('no-previous-election');
  const v = m.map.read(seat, partyOfMetric(mode));
  return 'party' in mode && isMissing(v) && v.missing === 'party-did-not-stand'
    ? whyNoValue(seat, mode.kind, mode.party, id)
    : v;
}

/** Short text for the table's value column: "45.1%", "+4.4", "Hold", or "–" with the reason left to the label. */
export function cellText(seat: ValueSeat, mode: MapMode, ctx: LabelContext): string {
  if (mode.kind === 'winner') return outcomeShort(seat);
  if (mode.kind === 'set') return setItemLabel(seat, ctx);
  const v = numericValue(seat, mode, ctx.id);
  if (v === null || isMissing(v)) return '–';
  return isNumericMode(mode) ? formatMetric(mapMetric(mode.kind), v) : '–';
}

/** The value in words: "Labour share 45.1%", "turnout: No valid votes recorded". */
export function valueWords(seat: ValueSeat, mode: MapMode, ctx: LabelContext): string {
  const since = ctx.previous ? ` since ${ctx.previous}` : '';
  const v = numericValue(seat, mode, ctx.id);
  const why = (m: Maybe<number> | null): string => (m !== null && isMissing(m) ? describeMissing(m) : 'no value');
  if (mode.kind === 'winner') return `${outcomeText(seat)}, ${majorityText(seat)}`;
  if (mode.kind === 'set') return `${ctx.layer?.title ?? 'Seat set'}: ${setItemLabel(seat, ctx)}`;
  const { map } = mapMetric(mode.kind);
  const party = partyOfMetric(mode);
  return v !== null && !isMissing(v) ? map.words(v, party, since) : `${map.subject(party)}: ${why(v)}`;
}

/** Where a seat sits in the set layer: "In the set", a link kind, or "Not in the set". */
export function setItemLabel(seat: ValueSeat, ctx: LabelContext): string {
  const key = ctx.layer?.seats[seat.code];
  return key ? (ctx.layer?.items.find((i) => i.key === key)?.label ?? key) : (ctx.layer?.outside.label ?? '');
}

/**
 * Accessible name of a seat link, e.g. "Putney, 2019: Labour share 45.1%; Labour gain from Conservative". In set mode
 * the set's title is left out: the map's own title names the set once, instead of in every one of 650 seats.
 */
export function seatLabel(seat: ValueSeat, mode: MapMode, ctx: LabelContext): string {
  const head = `${seat.name}, ${ctx.election}`;
  if (mode.kind === 'set') return `${head}: ${setItemLabel(seat, ctx)}; ${outcomeText(seat)}`;
  if (mode.kind === 'winner') return `${head}: ${valueWords(seat, mode, ctx)}`;
  return `${head}: ${valueWords(seat, mode, ctx)}; ${outcomeText(seat)}`;
}

/** Tooltip: the seat name, its value, and who won. */
export function tooltipLines(seat: ValueSeat, mode: MapMode, ctx: LabelContext): [string, string, string] {
  const value = valueWords(seat, mode, ctx);
  const result = `${ctx.election}: ${outcomeText(seat)}`;
  return [
    seat.name,
    mode.kind === 'winner' ? majorityText(seat).replace(/^m/, 'M') : value.charAt(0).toUpperCase() + value.slice(1),
    result,
  ];
}
