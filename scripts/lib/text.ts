// Decodes raw bytes strictly: invalid UTF-8 or text that was mis-decoded earlier (mojibake) stops the build.
import { DataError } from './data-error';

const MOJIBAKE = /Ã[\u0080-\u00bf]|â€|Â[\u00a0-\u00bf]|\ufffd/;

export const BOM_NOTE = 'a UTF-8 byte-order mark at the start of the file was removed';

/** Decoded text and the facts worth reporting about it (a removed byte-order mark). */
export function decodeTextReport(file: string, bytes: Uint8Array, encoding: 'utf-8' | 'windows-1252'): { text: string; notes: string[] } {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new DataError(file, null, null, `not valid ${encoding} text (encoding damage?)`);
  }
  const notes: string[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    notes.push(BOM_NOTE);
  }
  const m = MOJIBAKE.exec(text);
  if (m) {
    const line = text.slice(0, m.index).split('\n').length;
    throw new DataError(file, line, null, `encoding damage: "${m[0]}" looks like text decoded with the wrong character set`);
  }
  return { text, notes };
}

export function decodeText(file: string, bytes: Uint8Array, encoding: 'utf-8' | 'windows-1252'): string {
  return decodeTextReport(file, bytes, encoding).text;
}
