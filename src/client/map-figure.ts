// One interactive map figure: reads the page's settings, follows the controls, and redraws map, legend, notes and table.
import type { ElectionId } from '../lib/elections';
import { geometryPath, valuesPath, type MapClientConfig } from '../lib/maps/values-client';
import type { WireGeometry } from '../lib/maps/values-geometry';
import { labelContext, tooltipLines, type LabelContext } from '../lib/maps/values-label';
import { modeKey, parseModeKey } from '../lib/maps/values-mode';
import { boundarySetOf, stateFromQuery, stateToQuery, type MapState, type StateRules } from '../lib/maps/values-state';
import type { ValueSeat, ValuesFile } from '../lib/maps/values';
import { readControls, setControls } from './map-controls';
import type { drawView as DrawViewFn } from './map-draw';
import { fetchJson } from './fetch-json';
import { keyboardMap, neighboursFrom, seatByCode, seatOf, setRoving } from './map-keyboard';
import { MapTable } from './map-table';
import { hideTooltip, showTooltip } from './map-tooltip';
import { MapTools, type MapViews } from './map-tools';
import { toCsvFile } from '../lib/format/csv';
import { MAP_CSV_COLUMNS, mapCsvRows } from '../lib/maps/values-csv';

function need<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`map figure: missing ${selector}`);
  return el;
}

export class MapFigure {
  private readonly rules: StateRules;
  private readonly defaults: MapState;
  private state: MapState;
  private svg: SVGSVGElement;
  /** `${kind}-${set}` of the geometry on screen, and its own viewBox. */
  private geometryKey: string;
  private baseViewBox: string;
  private byCode = new Map<string, ValueSeat>();
  /** Election whose values are in byCode (null until first needed). */
  private loaded: ElectionId | null = null;
  private ctx: LabelContext;
  private active: string | null = null;
  private tipFor: string | null = null;
  private lastPointer = 'mouse';
  private token = 0;
  private readonly table: MapTable | null;
  private readonly form: HTMLFormElement;
  private readonly box: HTMLElement;
  private readonly tip: HTMLElement;
  private readonly live: HTMLElement;
  private readonly status: HTMLElement;
  private readonly tools: MapTools | null;

  constructor(
    private readonly root: HTMLElement,
    private readonly config: MapClientConfig,
  ) {
    this.form = need(root, 'form[data-map-controls]');
    this.box = need(root, '[data-map-box]');
    this.tip = need(root, '[data-map-tip]');
    this.live = need(root, '[data-map-live]');
    this.status = need(root, '[data-map-status]');
    this.svg = need(this.box, 'svg.gw-map');
    const tableEl = root.querySelector<HTMLTableElement>('table[data-map-table]');
    this.table = tableEl ? new MapTable(tableEl) : null;
    const viewsJson = root.querySelector('script[type="application/json"][data-map-views]')?.textContent;
    const toolsEl = root.querySelector<HTMLElement>('[data-map-tools]');
    this.tools =
      viewsJson && toolsEl
        ? new MapTools(
            toolsEl,
            root.querySelector<HTMLElement>('[data-map-tools-note]'),
            JSON.parse(viewsJson) as MapViews,
            root.querySelector<HTMLElement>('[data-map-view-csv]'),
          )
        : null;
    this.rules = {
      setElections: Object.fromEntries(config.layers.map((l) => [l.id, l.election])),
      parties: config.parties.map((p) => p.code),
      party: config.party,
      zoomable: config.zoom ? config.regions.map((r) => r.code) : [],
    };
    const mode = parseModeKey(config.defaults.mode, Object.keys(this.rules.setElections)) ?? { kind: 'winner' };
    this.defaults = { kind: config.defaults.kind, election: config.defaults.election, mode, zoom: null };
    this.state = this.defaults;
    this.geometryKey = `${this.defaults.kind}-${boundarySetOf(this.defaults)}`;
    this.baseViewBox = this.svg.getAttribute('viewBox') ?? '';
    this.ctx = this.labelContext(this.state);
    this.listen();
    this.syncControls();
    root.classList.add('is-enhanced');
    const fromUrl =
      config.area === 'uk' ? stateFromQuery(window.location.search, this.defaults, this.rules) : this.defaults;
    if (stateToQuery(fromUrl, this.defaults)) void this.apply(fromUrl, false);
  }

  private labelContext(state: MapState): LabelContext {
    const mode = state.mode;
    return labelContext(
      state.election,
      mode.kind === 'set' ? this.config.layers.find((l) => l.id === mode.set) : undefined,
    );
  }

  private listen(): void {
    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.form.addEventListener('change', () => void this.apply(readControls(this.form, this.state, this.rules), true));
    keyboardMap(
      this.box,
      () => this.svg,
      neighboursFrom(this.config.base, () => ({
        area: this.config.area,
        kind: this.state.kind,
        set: boundarySetOf(this.state),
      })),
      {
        focus: (seat) => {
          this.active = seat.dataset.code ?? null;
          this.live.textContent = seat.getAttribute('aria-label') ?? '';
          // A tap also focuses the seat; only keyboard focus shows the tooltip here (taps are handled on click).
          if (seat.matches(':focus-visible')) void this.tipAt(seat, '');
        },
        blur: () => this.hideTip(),
      },
    );
    this.box.addEventListener('pointerover', (e) => {
      const seat = seatOf(e.target);
      if (seat && e.pointerType === 'mouse') void this.tipAt(seat, '');
    });
    this.box.addEventListener('pointerleave', (e) => {
      if (e.pointerType === 'mouse') this.hideTip();
    });
    this.box.addEventListener('pointerdown', (e) => {
      this.lastPointer = e.pointerType;
    });
    // On touch screens the first tap on a seat shows its tooltip; a second tap on the same seat opens its page.
    this.box.addEventListener('click', (e) => {
      const seat = seatOf(e.target);
      const code = seat?.dataset.code;
      if (!seat || !code || this.lastPointer !== 'touch' || this.tipFor === code) return;
      e.preventDefault();
      void this.tipAt(seat, 'Tap again to open the seat page');
    });
  }

  /** The seat's values in the view on screen, downloading that election's values on first use. */
  private async valueOf(code: string): Promise<ValueSeat | undefined> {
    const id = this.state.election;
    if (this.loaded !== id) {
      const values = await fetchJson<ValuesFile>(this.config.base, valuesPath(this.config.area, id));
      if (id !== this.state.election) return undefined;
      this.byCode = new Map(values.seats.map((s) => [s.code, s]));
      this.loaded = id;
    }
    return this.byCode.get(code);
  }

  private async tipAt(seat: SVGAElement, hint: string): Promise<void> {
    const code = seat.dataset.code ?? '';
    this.tipFor = code;
    const v = await this.valueOf(code).catch(() => undefined);
    if (!v || this.tipFor !== code || !seat.isConnected) return;
    showTooltip(this.box, this.tip, seat, tooltipLines(v, this.state.mode, this.ctx), hint);
  }

  private hideTip(): void {
    hideTooltip(this.tip);
    this.tipFor = null;
  }

  private syncControls(): void {
    setControls(this.root, this.form, this.state, this.config);
  }

  /** Loads what the state needs, then redraws; a newer request wins over an older one still loading. */
  async apply(next: MapState, push: boolean): Promise<void> {
    const token = ++this.token;
    const set = boundarySetOf(next);
    const key = `${next.kind}-${set}`;
    this.status.textContent = 'Loading the map…';
    this.root.setAttribute('aria-busy', 'true');
    try {
      const [wire, values, { drawView }] = await Promise.all([
        key === this.geometryKey
          ? Promise.resolve(null)
          : fetchJson<WireGeometry>(this.config.base, geometryPath(this.config.area, next.kind, set)),
        fetchJson<ValuesFile>(this.config.base, valuesPath(this.config.area, next.election)),
        import('./map-draw'),
      ]);
      // Nothing awaits between this check and the drawing: an older request must not draw (and reset the controls)
      // after a newer one has started.
      if (token !== this.token) return;
      this.draw(drawView, next, wire, values);
      this.status.textContent = '';
      // A view the reader chose is announced by its new title (the heading changes silently); one restored from the
      // address is not.
      const title = this.root.querySelector('[data-map-title]')?.textContent;
      if (push && title) this.live.textContent = `Now showing: ${title}.`;
      if (push && this.config.area === 'uk') {
        const url = `${window.location.pathname}${stateToQuery(next, this.defaults)}${window.location.hash}`;
        window.history.replaceState(null, '', url);
      }
    } catch {
      if (token !== this.token) return;
      this.status.textContent = 'The map could not be loaded. Check your connection and try again.';
      this.syncControls();
    } finally {
      if (token === this.token) this.root.removeAttribute('aria-busy');
    }
  }

  private draw(drawView: typeof DrawViewFn, next: MapState, wire: WireGeometry | null, values: ValuesFile): void {
    const onMap = new Set(
      wire
        ? wire.seats.map((s) => s[0])
        : [...this.svg.querySelectorAll<SVGAElement>('a.gw-map__seat')].map((a) => a.dataset.code ?? ''),
    );
    const file: ValuesFile = { ...values, seats: values.seats.filter((s) => onMap.has(s.code)) };
    this.state = next;
    this.ctx = this.labelContext(next);
    this.byCode = new Map(file.seats.map((s) => [s.code, s]));
    this.loaded = next.election;
    const drawn = drawView(
      { root: this.root, svg: this.svg, config: this.config, table: this.table, ctx: this.ctx },
      next,
      wire,
      file,
    );
    const svg = drawn.svg;
    if (svg !== this.svg) {
      this.svg = svg;
      this.geometryKey = `${next.kind}-${boundarySetOf(next)}`;
      this.baseViewBox = svg.getAttribute('viewBox') ?? '';
    }
    // Zoomed, the table's rows are the region's seats: the map fits round the same ones.
    this.zoom(next.zoom ? new Set(drawn.rows.map((r) => r.code)) : null);
    const activeSeat = this.active ? seatByCode(this.svg, this.active) : null;
    setRoving(this.svg, activeSeat ? this.active : null);
    this.syncControls();
    this.hideTip();
    const view = `${next.kind}-${next.election}-${modeKey(next.mode)}`;
    this.tools?.follow(view, next.zoom !== null, {
      name: `groundwork-${this.config.area === 'uk' ? 'map' : `map-${this.config.area}`}-${view}${next.zoom ? `-${next.zoom}` : ''}.csv`,
      make: () => toCsvFile(MAP_CSV_COLUMNS, mapCsvRows(drawn.rows, next.election, drawn.measure)),
    });
  }

  /**
   * Fits the viewBox round the seats of the region zoomed to, or back to the whole map. Seats outside it are hidden
   * from screen readers and the keyboard, as they are from sight.
   */
  private zoom(region: ReadonlySet<string> | null): void {
    const seats = [...this.svg.querySelectorAll<SVGAElement>('a.gw-map__seat')];
    const inside = region ? seats.filter((a) => region.has(a.dataset.code ?? '')) : [];
    const shown = new Set(inside.length ? inside : seats);
    for (const a of seats) {
      if (shown.has(a)) a.removeAttribute('aria-hidden');
      else a.setAttribute('aria-hidden', 'true');
    }
    if (!inside.length) {
      this.svg.setAttribute('viewBox', this.baseViewBox);
      this.svg.classList.remove('is-zoomed');
      return;
    }
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const a of inside) {
      const b = (a.querySelector('path') as SVGPathElement).getBBox();
      x0 = Math.min(x0, b.x);
      y0 = Math.min(y0, b.y);
      x1 = Math.max(x1, b.x + b.width);
      y1 = Math.max(y1, b.y + b.height);
    }
    const pad = Math.max(x1 - x0, y1 - y0) * 0.04 + 2;
    this.svg.setAttribute(
      'viewBox',
      [x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad].map((v) => Math.round(v * 10) / 10).join(' '),
    );
    this.svg.classList.add('is-zoomed');
  }
}
