// The data on a seat's social card (og/seat/{code}.png): its latest result, majority and vote shares.
import { seats } from '../data/index';
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

const drawSeatCard = (code: string, site: URL | undefined) =>
  cachedPng(seatCardSvg(seatCard(code, cardFooter(`seat/${code}/`, site))));

let started: Map<string, Promise<Uint8Array<ArrayBuffer>>> | undefined;
/**
 * Queues every seat's card on the PNG pool's worker threads (or takes it from the PNG cache). Called when a build
 * renders its first page (src/middleware.ts), so the cards are drawn beside the pages instead of after them.
 */
export function startSeatCards(site: URL | undefined): void {
  if (started) return;
  started = new Map();
  for (const code of cardCodes()) {
    const p = drawSeatCard(code, site);
    p.catch(() => undefined); // the error surfaces when the card's route asks for it
    started.set(code, p);
  }
}

/** The seat's card as PNG: the one started by startSeatCards, else drawn now. */
export function seatCardPng(code: string, site: URL | undefined): Promise<Uint8Array<ArrayBuffer>> {
  const p = started?.get(code);
  if (!p) return drawSeatCard(code, site);
  started!.delete(code);
  return p;
}
