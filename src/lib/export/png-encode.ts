// A small PNG encoder for RGBA pixels (filter "none" + zlib): several times faster than resvg's own for flat-colour images.
import { deflate, deflateSync } from 'node:zlib';

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array, crc = 0xffffffff): number {
  let c = crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return c;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE((crc32(data, crc32(head.subarray(4))) ^ 0xffffffff) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

function opaque(rgba: Uint8Array): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false;
  return true;
}

/** Rows prefixed with filter byte 0; premultiplied pixels (as resvg renders them) are turned back into straight alpha. */
export function scanlines(width: number, height: number, rgba: Uint8Array, premultiplied: boolean): Buffer {
  const stride = width * 4;
  if (rgba.length !== stride * height) throw new Error(`expected ${stride * height} bytes of RGBA, got ${rgba.length}`);
  const out = Buffer.allocUnsafe((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    out[y * (stride + 1)] = 0;
    out.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  if (premultiplied && !opaque(rgba)) {
    for (let y = 0; y < height; y++) {
      for (let i = y * (stride + 1) + 1, end = i + stride; i < end; i += 4) {
        const a = out[i + 3]!;
        if (a === 255 || a === 0) continue;
        out[i] = Math.min(255, Math.round((out[i]! * 255) / a));
        out[i + 1] = Math.min(255, Math.round((out[i + 1]! * 255) / a));
        out[i + 2] = Math.min(255, Math.round((out[i + 2]! * 255) / a));
      }
    }
  }
  return out;
}

/** zlib level 3: about a third of level 6's time on these images for a few per cent more bytes. */
const LEVEL = 3;

function assemble(width: number, height: number, idat: Uint8Array): Uint8Array<ArrayBuffer> {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter method variants, no interlace
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const png = Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))]);
  return new Uint8Array(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength));
}

export function encodePngSync(width: number, height: number, rgba: Uint8Array, premultiplied = true): Uint8Array<ArrayBuffer> {
  return assemble(width, height, deflateSync(scanlines(width, height, rgba, premultiplied), { level: LEVEL }));
}

/** As encodePngSync, with the compression on libuv's thread pool. */
export function encodePng(width: number, height: number, rgba: Uint8Array, premultiplied = true): Promise<Uint8Array<ArrayBuffer>> {
  const raw = scanlines(width, height, rgba, premultiplied);
  return new Promise((resolve, reject) => deflate(raw, { level: LEVEL }, (err, idat) => (err ? reject(err) : resolve(assemble(width, height, idat)))));
}
