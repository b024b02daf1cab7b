// Fixed colours and fonts for files that leave the site (downloads, social cards): no CSS variables survive there.
export const INK = '#1a1a1a';
export const MUTED = '#595959';
export const PAPER = '#ffffff';
export const RULE = '#d9d9d9';
/** Liberation Sans is what the build rasterises with (see png.ts); Arial has the same metrics for viewers without it. */
export const FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, sans-serif";
