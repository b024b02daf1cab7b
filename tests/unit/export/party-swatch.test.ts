// Party swatches as classes (src/lib/party-swatch.ts): every party colour has its class, whatever the letter case; any
// other colour has none (and keeps its SVG swatch); the stylesheet gives each class its party's colour.
import { describe, expect, it } from 'vitest';
import { PARTIES } from '../../../src/lib/parties';
import { partySwatchClass, partySwatchCss } from '../../../src/lib/party-swatch';

describe('party swatch classes', () => {
  it("names each party's colour by the first party with it", () => {
    expect(partySwatchClass('#E4003B')).toBe('p-lab');
    expect(partySwatchClass('#e4003b')).toBe('p-lab');
    expect(partySwatchClass('#0087DC')).toBe('p-con');
    for (const p of PARTIES) expect(partySwatchClass(p.colour)).toMatch(/^p-[a-z]+$/);
  });

  it('has no class for a colour that is no party’s', () => {
    expect(partySwatchClass('#8F8F8F')).toBeNull();
    expect(partySwatchClass('red')).toBeNull();
  });

  it('gives each class its colour, one rule each', () => {
    const css = partySwatchCss();
    expect(css).toContain('.p-lab{--party:#E4003B}');
    expect(css).toContain('.p-con{--party:#0087DC}');
    const rules = css.trim().split('\n');
    expect(rules).toHaveLength(new Set(PARTIES.map((p) => p.colour.toUpperCase())).size);
    for (const r of rules) expect(r).toMatch(/^\.p-[a-z]+\{--party:#[0-9A-F]{6}\}$/);
  });
});
