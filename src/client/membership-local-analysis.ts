// "Membership change and Labour's share": the correlation and the regression with region fixed effects, in words,
// a table, a scatter plot and the seats compared or left out.
import { analyse, type AnalysisResult } from '../lib/membership/analysis';
import type { ChangeMeasure } from '../lib/membership/measures';
import { describeAnalysis, longDate, measureWords, signed, signedSig } from '../lib/membership/wording';
import { scatterChart } from './membership-local-charts';
import { el } from './dom';
import { list, table } from './membership-local-dom';
import { chartWidth, putSource, refOf, state, ui } from './membership-local-page';

export function renderAnalysis(): void {
  const d = state.current;
  state.analysis = null;
  ui.scatterPng.hidden = true;
  ui.analysisCsv.hidden = true;
  if (!d) return;
  const ref = refOf(d);
  const out: Node[] = [];
  let a: AnalysisResult;
  try {
    a = analyse(ref, d, {
      before: ui.before.value as never,
      after: ui.after.value as never,
      from: ui.aFrom.value,
      to: ui.aTo.value,
      measure: ui.aMeasure.value as ChangeMeasure,
    });
  } catch (e) {
    ui.analysis.replaceChildren(
      el(
        'p',
        { class: 'ml-problem' },
        `${(e as Error).message}: choose an earlier first election and an earlier first date.`,
      ),
    );
    return;
  }
  state.analysis = a;
  const w = describeAnalysis(a, { published: d.published, threshold: d.threshold });
  out.push(el('p', { class: 'ml-headline' }, w.headline));
  if (w.details.length) out.push(list(w.details));
  const stats: { what: string; value: string; interval: string; n: string; extra: string }[] = [];
  if (a.correlation) {
    const c = a.correlation;
    stats.push({
      what: 'Pearson correlation r',
      value: signed(c.r, 2),
      interval: c.ci ? `${signed(c.ci.low, 2)} to ${signed(c.ci.high, 2)}` : 'too few seats',
      n: String(c.n),
      extra: '',
    });
  }
  if (a.regression) {
    const g = a.regression;
    stats.push({
      what: 'Regression slope, region fixed effects',
      value: signedSig(g.slope.estimate),
      interval: `${signedSig(g.slope.low)} to ${signedSig(g.slope.high)}`,
      n: String(g.n),
      extra: `R² ${g.r2.toFixed(2)}; p ${g.slope.p < 0.001 ? '< 0.001' : g.slope.p.toFixed(3)}; ${g.regions} region${g.regions === 1 ? '' : 's'}`,
    });
  }
  if (stats.length) {
    out.push(
      table(
        'The numbers',
        [
          { head: 'Measure', cell: (s) => s.what, rowHeader: true },
          { head: 'Estimate', cell: (s) => s.value, numeric: true },
          { head: '95% interval', cell: (s) => s.interval },
          { head: 'Seats', cell: (s) => s.n, numeric: true },
          { head: 'Also', cell: (s) => s.extra },
        ],
        stats,
        { stack: true },
      ),
    );
    out.push(
      el(
        'p',
        { class: 'note' },
        `The slope is the change in Labour's share, in percentage points, that goes with one unit more of membership change (${measureWords(a.options.measure).unit}), comparing seats in the same region. Intervals are 95%.`,
      ),
    );
  }
  if (a.rows.length) {
    const fig = el('figure', { class: 'chart ml-chart', 'data-ml-scatter': '' });
    fig.append(
      scatterChart(a, chartWidth(ui.analysis)),
      el(
        'figcaption',
        {},
        `Each dot is a seat. Across: membership change, ${longDate(a.options.from)} to ${longDate(a.options.to)}. Up: change in Labour's share, ${a.before.label} to ${a.after.label}.`,
      ),
    );
    out.push(fig);
    ui.scatterPng.hidden = false;
    ui.analysisCsv.hidden = false;
    out.push(
      table(
        'Seats compared',
        [
          { head: 'Seat', cell: (r) => r.name, rowHeader: true },
          { head: 'Region', cell: (r) => r.regionName },
          { head: `Members ${a.options.from}`, cell: (r) => r.membersFrom.toLocaleString('en-GB'), numeric: true },
          { head: `Members ${a.options.to}`, cell: (r) => r.membersTo.toLocaleString('en-GB'), numeric: true },
          {
            head: 'Membership change',
            cell: (r) => signed(r.change, a.options.measure === 'absolute' ? 0 : 2),
            numeric: true,
          },
          { head: `Labour ${a.before.label} %`, cell: (r) => r.labBefore.toFixed(1), numeric: true },
          { head: `Labour ${a.after.label} %`, cell: (r) => r.labAfter.toFixed(1), numeric: true },
          { head: 'Labour change (points)', cell: (r) => signed(r.labChange, 1), numeric: true },
        ],
        a.rows,
        { stack: true },
      ),
    );
  }
  if (a.excluded.length) {
    const det = el('details');
    det.append(
      el('summary', {}, `Seats left out (${a.excluded.length})`),
      list(a.excluded.map((x) => `${x.name}: ${x.reason}`)),
    );
    out.push(det);
  }
  out.push(el('h4', {}, 'What this cannot show'), list(w.caveats));
  ui.analysis.replaceChildren(...out);
  putSource(ui.analysis, d);
}
