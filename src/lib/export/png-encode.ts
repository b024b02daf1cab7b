// A small PNG encoder for RGBA pixels (filter "none" + zlib level 3): about three times faster than resvg's own on
// these flat-colour images, for a few per cent more bytes.

/**
 * PNG bytes of `width` x `height` RGBA pixels. Premultiplied pixels (as resvg renders them) are turned back into
 * straight alpha. Self-contained (no imports, no outer variables): png-pool.ts runs its source on worker threads.
 */
export function rgbaToPng(width: number, height: number, rgba: Uint8Array, deflate: (raw: Uint8Array) => Uint8Array): Uint8Array<ArrayBuffer> {
  const stride = width * 4;
  if (rgba.length !== stride * height) throw new Error(`expected ${stride * height} bytes of RGBA, got ${rgba.length}`);
  const raw = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  for (let y = 0; y < height; y++) {
    for (let i = y * (stride + 1) + 1, end = i + stride; i < end; i += 4) {
      const a = raw[i + 3]!;
      if (a === 255 || a === 0) continue;
      for (let c = 0; c < 3; c++) raw[i + c] = Math.min(255, Math.round((raw[i + c]! * 255) / a));
    }
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
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, adaptive filtering method 0, no interlace
  add('IHDR', ihdr);
  add('IDAT', deflate(raw));
  add('IEND', new Uint8Array(0));
  const png = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    png.set(c, at);
    at += c.length;
  }
  return png;
}
