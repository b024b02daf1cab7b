// PNG output: the hand-written encoder (checked by decoding it again) and resvg rasterising text with a system font.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { svgToPng } from '../../../src/lib/export/png';
import { crc32, encodePngSync, scanlines } from '../../../src/lib/export/png-encode';

function chunks(png: Uint8Array): { type: string; data: Buffer; crcOk: boolean }[] {
  const b = Buffer.from(png);
  const out = [];
  for (let i = 8; i < b.length; ) {
    const len = b.readUInt32BE(i);
    const type = b.toString('latin1', i + 4, i + 8);
    const data = b.subarray(i + 8, i + 8 + len);
    const crc = b.readUInt32BE(i + 8 + len);
    out.push({ type, data, crcOk: ((crc32(b.subarray(i + 4, i + 8 + len)) ^ 0xffffffff) >>> 0) === crc });
    i += 12 + len;
  }
  return out;
}

describe('encodePngSync', () => {
  // 2x1 pixels: opaque red, and blue at half alpha stored premultiplied (0,0,128,128).
  const rgba = new Uint8Array([255, 0, 0, 255, 0, 0, 128, 128]);
  const png = encodePngSync(2, 1, rgba);
  it('writes the PNG signature, then IHDR (2x1, 8-bit RGBA), IDAT and IEND with correct CRCs', () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const c = chunks(png);
    expect(c.map((x) => x.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(c.every((x) => x.crcOk)).toBe(true);
    expect([...c[0]!.data]).toEqual([0, 0, 0, 2, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  });
  it('stores each row after filter byte 0, with premultiplied alpha undone', () => {
    const raw = inflateSync(chunks(png)[1]!.data);
    expect([...raw]).toEqual([0, 255, 0, 0, 255, 0, 0, 255, 128]);
  });
  it('leaves straight-alpha input as it is', () => {
    expect([...scanlines(1, 1, new Uint8Array([10, 20, 30, 40]), false)]).toEqual([0, 10, 20, 30, 40]);
  });
  it('refuses a buffer of the wrong length', () => {
    expect(() => scanlines(2, 2, new Uint8Array(4), true)).toThrow('expected 16 bytes of RGBA, got 4');
  });
});

describe('svgToPng', () => {
  it('renders at the SVG size times the scale and draws the text (dark pixels appear)', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#fff"/><text x="4" y="28" font-size="24" font-family="sans-serif" fill="#000">Text</text></svg>';
    for (const scale of [1, 2]) {
      const png = svgToPng(svg, scale);
      const ihdr = chunks(png)[0]!.data;
      expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4)]).toEqual([120 * scale, 40 * scale]);
      const raw = inflateSync(chunks(png).find((c) => c.type === 'IDAT')!.data);
      let dark = 0;
      for (let i = 0; i < raw.length; i += 4) if (raw[i + 1]! < 100) dark++;
      expect(dark).toBeGreaterThan(20 * scale * scale);
    }
  });
});
