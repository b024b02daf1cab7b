// The graphics registry: every chart and map that can be embedded, downloaded and cited, by family and key.
//
// To register a new family (a map, a claim chart):
//   1. Write src/graphics/<family>.ts exporting a `GraphicFamily` (see ./types.ts). `build(key)` must be
//      pure given the data layer (src/data): no randomness, no dates, no file writes; it returns the SVG as the
//      page shows it, its size, legend, source line with licences, permalink (with #anchor) and the data rows.
//   2. Add it to `families` below. That alone creates /embed/{family}/{key}/, /oembed/{family}/{key}.json,
//      /downloads/{family}/{key}.svg|.csv (the reader's browser draws the PNG from the SVG) and an entry on /embed/.
//   3. On the page, render it with <Chart graphic={graphic('<family>', key)} /> (src/components/charts/Chart.astro),
//      which adds the Embed, Download and Cite controls; pass the graphic in Base.astro's `embeds` prop (oEmbed discovery).
import { claimCharts } from './claim-charts';
import { labourShare } from './labour-share';
import { map } from './map';
import { membershipTrend } from './membership-trend';
import { regionMap } from './region-map';
import { regionShares } from './region-shares';
import { seatHistory } from './seat-history';
import type { Graphic, GraphicFamily } from './types';

export type { Graphic, GraphicData, GraphicFamily, LegendItem } from './types';

export const families: readonly GraphicFamily[] = [
  seatHistory,
  membershipTrend,
  labourShare,
  map,
  regionMap,
  regionShares,
  claimCharts,
];

const cache = new Map<string, Graphic>();

export function family(name: string): GraphicFamily {
  const f = families.find((x) => x.family === name);
  if (!f) throw new Error(`unknown graphic family "${name}"`);
  return f;
}

/** The graphic for (family, key), built once per build and then reused by the page, embed and downloads. */
export function graphic(familyName: string, key: string): Graphic {
  const id = `${familyName}/${key}`;
  let g = cache.get(id);
  if (!g) {
    g = family(familyName).build(key);
    cache.set(id, g);
  }
  return g;
}

/** Every (family, key) pair: the static paths of the embed, oEmbed and download routes. */
export function allGraphicKeys(): { family: string; key: string }[] {
  return families.flatMap((f) => f.keys().map((key) => ({ family: f.family, key })));
}
