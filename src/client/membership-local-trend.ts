// "One seat over time": the chosen seat's members on each date, as a chart and a table, with a link to its results.
import { seriesOf } from '../lib/membership/figures';
import { formatCount } from '../lib/membership/suppress';
import { longDate } from '../lib/membership/wording';
import { trendChart } from './membership-local-charts';
import { el } from './dom';
import { must, table } from './membership-local-dom';
import { chartWidth, mapSvg, putSource, refOf, state, ui } from './membership-local-page';

export function renderTrend(): void {
  const d = state.current;
  if (!d) return;
  const ref = refOf(d);
  const code = ui.seat.value;
  const rows = seriesOf(d.figures, code);
  const name = ref.seats.get(code)?.name ?? code;
  ui.trendPng.hidden = !rows.length;
  if (!rows.length) {
    ui.trend.replaceChildren(el('p', {}, `${name} has no figures in this data.`));
    return;
  }
  const figure = el('figure', { class: 'chart ml-chart' });
  figure.append(
    trendChart(name, rows, ref.elections, chartWidth(ui.trend)),
    el('figcaption', {}, `Members in ${name} on each date in the data. Dashed lines: general elections.`),
  );
  const seatLink = el('p', { class: 'note' });
  seatLink.append(
    el(
      'a',
      { href: must<HTMLAnchorElement>(mapSvg(d.boundarySet), `a[data-code="${code}"]`).getAttribute('href') ?? '#' },
      `Election results in ${name}`,
    ),
    ' (opens the seat page).',
  );
  ui.trend.replaceChildren(
    figure,
    table(
      `Figures for ${name}`,
      [
        { head: 'Date', cell: (r) => longDate(r.date), rowHeader: true },
        { head: 'Members', cell: (r) => formatCount(r.members), numeric: true },
        { head: 'Activists', cell: (r) => formatCount(r.activists), numeric: true },
        { head: 'Trained', cell: (r) => formatCount(r.trained), numeric: true },
      ],
      rows,
    ),
    seatLink,
  );
  putSource(ui.trend, d);
}
