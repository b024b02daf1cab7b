// The data on a seat's social card (og/seat/{code}.png): its latest result, majority and vote shares.
import { seats } from '../data/index';
import { ahead } from '../lib/export/ahead';
import { seatCardSvg, type SeatCard } from '../lib/export/og-card';
import { cachedPng } from '../server/png-cache';
import { count, pct } from '../lib/format/numbers';
import { cardFooter } from './card-footer';
import { partyInfo } from '../lib/parties';
import { seatView } from '../views/seat';

export function seatCard(code: string, footer: string): SeatCard {
  const v = seatView(code);
  const set =
    v.sets.length === 2
      ? 'constituency unchanged in 2024'
      : v.seat.boundarySet === '2024'
        ? '2024 constituency'
        : '2010–2023 constituency';
  const m = v.latest.metrics;
  return {
    name: v.seat.name,
    context: `${v.regionName} · ${set}`,
    headline: `${v.latest.label}: ${v.latest.outcome}${v.latest.estimated ? ' (notional)' : ''}`,
    majority: m.majorityVotes === null ? '' : `Majority ${count(m.majorityVotes)} (${pct(m.majorityPct)})`,
    bars: v.latest.rows
      .filter((r) => r.share > 0)
      .map((r) => ({ label: partyInfo(r.party).short, share: r.share, colour: r.colour })),
    footer,
  };
}

/** Every seat code with a page, in the order the card route lists them. */
export function cardCodes(): string[] {
  return [...new Set(seats().map((s) => s.code))];
}

let cardAhead: ((code: string) => Promise<Uint8Array<ArrayBuffer>>) | undefined;
/** The seat's card as PNG: from the PNG cache, or rendered on worker threads a few seats ahead of the build's requests. */
export function seatCardPng(code: string, site: URL | undefined): Promise<Uint8Array<ArrayBuffer>> {
  cardAhead ??= ahead(cardCodes, (c) => cachedPng(seatCardSvg(seatCard(c, cardFooter(`seat/${c}/`, site)))), 16);
  return cardAhead(code);
}
