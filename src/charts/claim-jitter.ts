// A fixed vertical offset per seat for strip charts, from its code, so dots spread the same way on every build and browser.

/** An offset in [-1, 1] from a seat code (FNV-1a hash). */
export function jitter(code: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 0x01000193) >>> 0;
  return (h / 0xffffffff) * 2 - 1;
}
