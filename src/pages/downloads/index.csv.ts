// /downloads/index.csv: every registered graphic with its page, embed, oEmbed and download URLs (for bulk use). PNGs are
// drawn from the SVG in the reader's browser, so there is no PNG address to list.
import type { APIRoute } from 'astro';
import { allGraphicKeys, graphic } from '../../graphics/index';
import { toCsvFile } from '../../lib/format/csv';
import { absolute } from '../../site/paths';

const COLUMNS = ['family', 'key', 'title', 'page', 'embed', 'oembed', 'svg', 'csv'] as const;

export const GET: APIRoute = ({ site }) => {
  const rows = allGraphicKeys().map(({ family, key }) => {
    const g = graphic(family, key);
    const d = `downloads/${family}/${key}`;
    return {
      family,
      key,
      title: g.title,
      page: absolute(g.permalink, site),
      embed: absolute(`embed/${family}/${key}/`, site),
      oembed: absolute(`oembed/${family}/${key}.json`, site),
      svg: absolute(`${d}.svg`, site),
      csv: absolute(`${d}.csv`, site),
    };
  });
  return new Response(toCsvFile(COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
