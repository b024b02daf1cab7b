// Entry of the map script: enhances every map figure on the page from its embedded settings.
import type { MapClientConfig } from '../lib/maps/values-client';
import { MapFigure } from './map-figure';

for (const root of document.querySelectorAll<HTMLElement>('[data-gw-map]')) {
  const json = root.querySelector('script[type="application/json"][data-map-config]')?.textContent;
  if (!json) continue;
  try {
    new MapFigure(root, JSON.parse(json) as MapClientConfig);
  } catch (e) {
    console.error(e);
  }
}
