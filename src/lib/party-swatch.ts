// Party colours as CSS classes: `.p-{code}` sets --party to the party's colour (lib/parties.ts), so a table row's
// swatch or a legend's line key is a short empty element instead of an SVG of its own (the site's CSP allows no
// style="" attribute). The build puts partySwatchCss() in place of PARTY_SWATCH_MARKER in src/styles/parties.css
// (astro.config.mjs), which the site's and the embeds' stylesheets bring in; a colour that is no party's has no class,
// and its swatch stays SVG.
import { PARTIES } from './parties';

/** The comment in src/styles/parties.css that the rules replace (in that file, and in a stylesheet that imports it). */
export const PARTY_SWATCH_MARKER = '/* groundwork:party-swatches */';

const byColour = new Map<string, string>();
for (const p of PARTIES) if (!byColour.has(p.colour.toUpperCase())) byColour.set(p.colour.toUpperCase(), `p-${p.code}`);

/** The class that gives an element `colour` as --party, or null when no party has that colour. */
export function partySwatchClass(colour: string): string | null {
  return byColour.get(colour.toUpperCase()) ?? null;
}

/** One rule per party colour. */
export function partySwatchCss(): string {
  return [...byColour].map(([colour, cls]) => `.${cls}{--party:${colour}}`).join('\n') + '\n';
}
