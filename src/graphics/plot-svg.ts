// Renders a Plot spec for the registry with ids derived from the graphic (stable across builds and pages).
import type * as PlotTypes from '@observablehq/plot';
import type { ChartText } from '../charts/finish';
import { NARROW_WIDTH, renderPlot } from '../charts/render';

export function plotSvg(
  spec: PlotTypes.PlotOptions,
  text: ChartText,
  idBase: string,
): { svg: string; width: number; height: number } {
  const raw = renderPlot(spec, text);
  const id = `desc-${idBase.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const svg = raw.replace(/chart-desc-\d+/g, id);
  const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!box) throw new Error(`Plot SVG for ${idBase} has no viewBox`);
  return { svg, width: Number(box[1]), height: Number(box[2]) };
}

/** A graphic's drawing and its narrow version from one spec builder: ids "{family}-{key}" and "{family}-narrow-{key}". */
export function plotSvgs(
  spec: (opts: { width?: number }) => PlotTypes.PlotOptions,
  text: ChartText,
  family: string,
  key: string,
  narrowWidth = NARROW_WIDTH,
): { svg: string; width: number; height: number; narrow: { svg: string; width: number; height: number } } {
  return {
    ...plotSvg(spec({}), text, `${family}-${key}`),
    narrow: plotSvg(spec({ width: narrowWidth }), text, `${family}-narrow-${key}`),
  };
}
