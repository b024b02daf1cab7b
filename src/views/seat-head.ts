// The title, description and social card of a seat page, shared by its permalink and its name aliases.
import { seatCardPath } from '../site/paths';
import { seatView } from './seat';
import { count } from '../lib/format/numbers';

export interface SeatHead {
  title: string;
  description: string;
  /** "2024 constituency", "2010–2023 constituency" or "constituency unchanged in 2024". */
  set: string;
  /** "2024 boundaries", "2010–2023 boundaries" or "unchanged boundaries". */
  boundaries: string;
  isNew: boolean;
  ogImage: string;
}

export function seatHead(code: string): SeatHead {
  const v = seatView(code);
  const isNew = v.seat.boundarySet === '2024' && v.sets.length === 1;
  const set =
    v.sets.length === 2 ? 'constituency unchanged in 2024' : isNew ? '2024 constituency' : '2010–2023 constituency';
  const boundaries = v.sets.length === 2 ? 'unchanged boundaries' : isNew ? '2024 boundaries' : '2010–2023 boundaries';
  const member = v.latest.member ? `, ${v.latest.member} elected` : '';
  const title = `${v.seat.name} (${boundaries}): election results and swing`;
  const description = `${v.seat.name} (${set}, ${v.regionName}): ${v.latest.label} result ${v.latest.outcome}${member}, majority ${count(v.latest.metrics.majorityVotes ?? 0)}; ${isNew ? 'results since 2010 in the old seats it was formed from, ' : ''}swing and organiser evidence.`;
  return { title, description, set, boundaries, isNew, ogImage: seatCardPath(v.seat.code) };
}
