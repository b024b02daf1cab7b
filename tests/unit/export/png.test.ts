// PNG output: the hand-written encoder (checked by decoding it again; indexed colour up to 256 colours, else RGBA), resvg drawing text with a system font, and the
// worker pool giving the same bytes as the main thread.
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { svgToPng } from '../../../src/server/png';
import { rgbaToPng } from '../../../src/server/png-encode';
import { Worker } from 'node:worker_threads';
import { PngPool, pngInPool } from '../../../src/server/png-pool';

function chunks(png: Uint8Array): { type: string; data: Buffer; crcOk: boolean }[] {
  const b = Buffer.from(png);
  const out = [];
  for (let i = 8; i < b.length;) {
    const len = b.readUInt32BE(i);
    out.push({
      type: b.toString('latin1', i + 4, i + 8),
      data: b.subarray(i + 8, i + 8 + len),
      crcOk: crc32(b.subarray(i + 4, i + 8 + len)) === b.readUInt32BE(i + 8 + len),
    });
    i += 12 + len;
  }
  return out;
}

const deflate = (raw: Uint8Array) => deflateSync(raw);

describe('rgbaToPng', () => {
  // 2x1 pixels: opaque red, and blue at half alpha stored premultiplied (0,0,128,128).
  const png = rgbaToPng(2, 1, new Uint8Array([255, 0, 0, 255, 0, 0, 128, 128]), deflate);
  it('writes the PNG signature, then IHDR (2x1, 8-bit indexed), PLTE, tRNS, IDAT and IEND with correct CRCs', () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const c = chunks(png);
    expect(c.map((x) => x.type)).toEqual(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND']);
    expect(c.every((x) => x.crcOk)).toBe(true);
    expect([...c[0]!.data]).toEqual([0, 0, 0, 2, 0, 0, 0, 1, 8, 3, 0, 0, 0]);
  });
  it('lists the colours in order of first appearance with premultiplied alpha undone (0,0,128 at alpha 128 is 0,0,255)', () => {
    const c = chunks(png);
    expect([...c[1]!.data]).toEqual([255, 0, 0, 0, 0, 255]);
    expect([...c[2]!.data]).toEqual([255, 128]);
    expect([...inflateSync(c[3]!.data)]).toEqual([0, 0, 1]);
  });
  it('leaves out tRNS when every colour is opaque', () => {
    const opaque = chunks(rgbaToPng(1, 2, new Uint8Array([1, 2, 3, 255, 1, 2, 3, 255]), deflate));
    expect(opaque.map((x) => x.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    expect([...inflateSync(opaque[2]!.data)]).toEqual([0, 0, 0, 0]);
  });
  it('writes 8-bit RGBA rows after filter byte 0 when there are more than 256 colours', () => {
    const rgba = new Uint8Array(257 * 4);
    for (let i = 0; i < 257; i++) rgba.set([i % 256, i >> 8, 7, 255], i * 4);
    rgba.set([0, 0, 64, 128], 256 * 4); // the 257th colour, premultiplied
    const c = chunks(rgbaToPng(257, 1, rgba, deflate));
    expect(c.map((x) => x.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(c[0]!.data[9]).toBe(6);
    const raw = inflateSync(c[1]!.data);
    expect(raw.length).toBe(1 + 257 * 4);
    expect([...raw.subarray(0, 9)]).toEqual([0, 0, 0, 7, 255, 1, 0, 7, 255]);
    expect([...raw.subarray(1 + 256 * 4)]).toEqual([0, 0, 128, 128]);
  });
  it('does not change the pixels it is given', () => {
    const rgba = new Uint8Array([0, 0, 128, 128]);
    rgbaToPng(1, 1, rgba, deflate);
    expect([...rgba]).toEqual([0, 0, 128, 128]);
  });
  it('refuses a buffer of the wrong length', () => {
    expect(() => rgbaToPng(2, 2, new Uint8Array(4), deflate)).toThrow('expected 16 bytes of RGBA, got 4');
  });
});

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#fff"/><text x="4" y="28" font-size="24" font-family="sans-serif" fill="#000">Text</text></svg>';

describe('svgToPng', () => {
  it('renders at the SVG size times the scale and draws the text (dark pixels appear)', () => {
    for (const scale of [1, 2]) {
      const png = svgToPng(SVG, scale);
      const ihdr = chunks(png)[0]!.data;
      expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4)]).toEqual([120 * scale, 40 * scale]);
      const c = chunks(png);
      const raw = inflateSync(c.find((x) => x.type === 'IDAT')!.data);
      const plte = c.find((x) => x.type === 'PLTE')!.data;
      let dark = 0;
      for (let y = 0; y < 40 * scale; y++)
        for (let x = 1; x <= 120 * scale; x++) if (plte[raw[y * (120 * scale + 1) + x]! * 3]! < 100) dark++;
      expect(dark).toBeGreaterThan(20 * scale * scale);
    }
  });
});

describe('pngInPool', () => {
  it('gives the same bytes on worker threads as on the main thread', async () => {
    const [a, b] = await Promise.all([pngInPool(SVG, 2), pngInPool(SVG, 1)]);
    expect(Buffer.from(a).equals(Buffer.from(svgToPng(SVG, 2)))).toBe(true);
    expect(Buffer.from(b).equals(Buffer.from(svgToPng(SVG, 1)))).toBe(true);
  });
  it('reports a drawing that fails', async () => {
    await expect(pngInPool('<svg', 1)).rejects.toThrow('PNG rendering failed');
  });
});

describe('PngPool when a worker dies', () => {
  const worker = (code: string) => () => new Worker(code, { eval: true });
  it('fails the jobs of a worker that throws, with its error, and then has no worker left', async () => {
    const pool = new PngPool(
      worker("require('node:worker_threads').parentPort.on('message', () => { throw new Error('planted crash'); });"),
      1,
    );
    await expect(pool.render(SVG)).rejects.toThrow('PNG worker failed: planted crash');
    await expect(pool.render(SVG)).rejects.toThrow('every worker has stopped');
  });
  it('fails the jobs of a worker that exits, with its exit code', async () => {
    const pool = new PngPool(
      worker("require('node:worker_threads').parentPort.on('message', () => process.exit(3));"),
      1,
    );
    await expect(pool.render(SVG)).rejects.toThrow('PNG worker stopped (exit code 3)');
  });
});
