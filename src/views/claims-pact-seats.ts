// The Unite to Remain claim page's table of pact seats: each seat's party given the clear run and its pact vote
// (the pact parties' shares added together) at both elections of the pair.
import * as data from '../data/index';
import { isSpeakerSeat } from '../lib/compare/index';
import { pp } from '../lib/format/numbers';
import { partyInfo, type Party } from '../lib/parties';
import { seatUrl } from '../site/paths';
import { pairLabel, type Pair } from './claims-run';
import type { SimpleTable } from './claims-types';

/** The pact seats (`partyOf`: seat code -> party given the clear run), by name. */
export function pactSeatTable(pair: Pair, parties: readonly Party[], partyOf: ReadonlyMap<string, Party>): SimpleTable {
  return {
    caption: `The ${partyOf.size} pact seats, ${pairLabel(pair)} (changes worked out before the shares are rounded)`,
    columns: [
      { key: 'seat', label: 'Seat' },
      { key: 'party', label: 'Clear run for' },
      { key: 'before', label: `Pact vote ${pair.before} (%)`, numeric: true },
      { key: 'after', label: `Pact vote ${pair.after} (%)`, numeric: true },
      { key: 'change', label: 'Change (points)', numeric: true },
    ],
    rows: [...partyOf.keys()]
      .sort((a, b) =>
        (data.metricsFor(a, pair.after)?.name ?? a).localeCompare(data.metricsFor(b, pair.after)?.name ?? b),
      )
      .map((c) => {
        const m = data.metricsFor(c, pair.after)!;
        const b = data.metricsFor(c, pair.before);
        const sum = (s: Partial<Record<Party, number>> | undefined) =>
          s ? parties.reduce((t, p) => t + (s[p] ?? 0), 0) : null;
        const ch = parties.some((p) => m.change[p] !== undefined)
          ? parties.reduce((t, p) => t + (m.change[p] ?? 0), 0)
          : null;
        return {
          seat: { text: m.name, href: seatUrl(c) },
          party: partyInfo(partyOf.get(c)!).name,
          before: sum(b?.shares)?.toFixed(1) ?? '–',
          after: sum(m.shares)?.toFixed(1) ?? '–',
          change: isSpeakerSeat(m) ? `– (Speaker's seat in ${pair.before})` : pp(ch),
        };
      }),
  };
}
