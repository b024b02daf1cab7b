// Region maps: a subset of seats re-fitted to fill their own viewBox (geo maps re-projected from the source topology).
import { DEFAULT_GEO_OPTIONS, projectTopology } from './geo-project';
import { layoutHexes, type HexCell } from './hex-layout';
import type { MapGeometry } from './types';

/**
 * The seats in `codes`, re-fitted so they fill the box. Geo maps are re-projected and re-simplified from their
 * source topology at the same on-screen tolerance (so a small region keeps more detail), without the Shetland
 * inset; hex maps are laid out again on the same grid, cropped to the region.
 */
export function subsetGeometry(geom: MapGeometry, codes: ReadonlySet<string>, padding = 10): MapGeometry {
  const unknown = [...codes].filter((c) => !geom.seats.some((s) => s.code === c));
  if (unknown.length) throw new Error(`subsetGeometry: not seats of this map: ${unknown.slice(0, 5).join(', ')}`);
  if (!codes.size) throw new Error('subsetGeometry: no seats chosen');
  if (geom.kind === 'hex') {
    if (!geom.hexGrid) throw new Error('subsetGeometry: hex map has no grid settings');
    const cells: HexCell[] = geom.seats
      .filter((s) => codes.has(s.code) && s.hex)
      .map((s) => ({ code: s.code, name: s.name, region: s.region, q: s.hex!.q, r: s.hex!.r }));
    return { set: geom.set, ...layoutHexes(cells, geom.hexGrid.layout, { radius: geom.hexGrid.radius, padding }) };
  }
  if (!geom.source) throw new Error('subsetGeometry: geo map has no source topology to re-project');
  const drawn = projectTopology(geom.source.topology, {
    ...DEFAULT_GEO_OPTIONS,
    padding,
    minAreaUnits: geom.source.minAreaUnits,
    insetShetland: false,
    codes,
  });
  return { set: geom.set, ...drawn, source: geom.source };
}
