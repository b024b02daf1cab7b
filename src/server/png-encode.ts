// A small PNG encoder for RGBA pixels (filter "none"): about three times faster than resvg's own on these flat-colour
// images. An image of at most 256 distinct colours (a social card has about 120, antialiasing included) is written
// exactly as an indexed-colour PNG: a quarter of the bytes to compress (a card is about 22 KB).

/**
 * zlib levels. On a card's indexed pixels (300 cards from the cache) level 4 takes 1.95 ms and writes 21.3 KB, level 5
 * 2.2 ms for 20.8 KB, level 6 (zlib's default) 2.7 ms for 20.4 KB, level 9 24 ms for 19.1 KB. Level 6: at 1,316 cards
 * a build it costs about 1 CPU-s more than level 4 and keeps 1.1 MB out of dist, which a fourth published data version
 * had taken over 150 MB (150.9).
 */
export const DEFLATE_LEVEL = { indexed: 6, rgba: 3 } as const;

/**
 * PNG bytes of `width` x `height` RGBA pixels. Premultiplied pixels (as resvg renders them) are turned back into
 * straight alpha.
 */
export function rgbaToPng(
  width: number,
  height: number,
  rgba: Uint8Array,
  deflate: (raw: Uint8Array, indexed: boolean) => Uint8Array,
): Uint8Array<ArrayBuffer> {
  const stride = width * 4;
  if (rgba.length !== stride * height) throw new Error(`expected ${stride * height} bytes of RGBA, got ${rgba.length}`);
  // Pixels as little-endian words (R in the low byte); a copy only when the bytes are not 4-aligned.
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : new Uint8Array(rgba);
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  const straight = (v: number): number => {
    const a = v >>> 24;
    if (a === 255 || a === 0) return v;
    const c = (s: number) => Math.min(255, Math.round((((v >>> s) & 255) * 255) / a)) << s;
    return (c(0) | c(8) | c(16) | (a << 24)) >>> 0;
  };
  // One pass: each run of equal pixels is converted and looked up once. Palette in order of first appearance
  // (deterministic), keyed by the straight colour; null past 256 colours.
  const index = new Map<number, number>();
  const indexed = new Uint8Array((width + 1) * height);
  let last = -1;
  let lastIndex = 0;
  const bytes = Buffer.from(aligned.buffer, aligned.byteOffset, aligned.byteLength);
  for (let y = 0, p = 0; y < height && index.size <= 256; y++) {
    // A row like the one above (a card's blank rows) takes its indices (native compare and copy).
    if (y > 0 && bytes.compare(bytes, p * 4 - stride, p * 4, p * 4, p * 4 + stride) === 0) {
      indexed.copyWithin(y * (width + 1) + 1, (y - 1) * (width + 1) + 1, y * (width + 1));
      p += width;
      continue;
    }
    for (let x = 0, o = y * (width + 1) + 1; x < width; x++, p++, o++) {
      const v = words[p]!;
      if (v !== last) {
        const s = straight(v);
        let k = index.get(s);
        if (k === undefined) {
          k = index.size;
          index.set(s, k);
          if (k === 256) break;
        }
        last = v;
        lastIndex = k;
      }
      indexed[o] = lastIndex;
    }
  }
  const palette = index.size <= 256 ? [...index.keys()] : null;
  let raw: Uint8Array;
  if (palette) raw = indexed;
  else {
    raw = new Uint8Array((stride + 1) * height);
    const out = new DataView(raw.buffer);
    for (let y = 0, p = 0; y < height; y++)
      for (let x = 0, o = y * (stride + 1) + 1; x < width; x++, p++, o += 4)
        out.setUint32(o, straight(words[p]!), true);
  }
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  const chunks: Uint8Array[] = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])];
  const add = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
    out.set(data, 8);
    let crc = 0xffffffff;
    for (let i = 4; i < 8 + data.length; i++) crc = table[(crc ^ out[i]!) & 0xff]! ^ (crc >>> 8);
    view.setUint32(8 + data.length, (crc ^ 0xffffffff) >>> 0);
    chunks.push(out);
  };
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, width);
  new DataView(ihdr.buffer).setUint32(4, height);
  ihdr.set([8, palette ? 3 : 6, 0, 0, 0], 8); // 8-bit indexed or RGBA, deflate, adaptive filtering method 0, no interlace
  add('IHDR', ihdr);
  if (palette) {
    const plte = new Uint8Array(palette.length * 3);
    const alpha = new Uint8Array(palette.length);
    palette.forEach((c, i) => {
      plte.set([c & 255, (c >>> 8) & 255, (c >>> 16) & 255], i * 3);
      alpha[i] = c >>> 24;
    });
    add('PLTE', plte);
    let n = alpha.length;
    while (n > 0 && alpha[n - 1] === 255) n--;
    if (n > 0) add('tRNS', alpha.subarray(0, n));
  }
  add('IDAT', deflate(raw, palette !== null));
  add('IEND', new Uint8Array(0));
  const png = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    png.set(c, at);
    at += c.length;
  }
  return png;
}
