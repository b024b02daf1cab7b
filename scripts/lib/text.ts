// Decodes raw bytes strictly: invalid UTF-8, text that was mis-decoded earlier (mojibake) or invisible control
// characters stop the build.
import { DataError } from './data-error';

const MOJIBAKE = /Ã[\u0080-\u00bf]|â€|Â[\u00a0-\u00bf]|\ufffd/;

export const BOM_NOTE = 'a UTF-8 byte-order mark at the start of the file was removed';

/**
 * Invisible characters no published table needs: C0 controls other than tab and line breaks, DEL, and the
 * bidirectional embedding, override and isolate controls, which make text display in another order than it is
 * stored (a seat name could read as another). Marks such as U+200F (right-to-left mark) are allowed.
 */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/** Stops with file, line and the character's code point when `text` holds an invisible control character. */
export function checkInvisibleControls(file: string, text: string): void {
  const m = INVISIBLE.exec(text);
  if (!m) return;
  const line = text.slice(0, m.index).split('\n').length;
  const cp = `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const what = /[\u202a-\u202e\u2066-\u2069]/.test(m[0]) ? 'a bidirectional control character, which can make text display in another order than it is stored' : 'a control character';
  throw new DataError(file, line, null, `invisible ${cp}: ${what}`);
}

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
  checkInvisibleControls(file, text);
  return { text, notes };
}

export function decodeText(file: string, bytes: Uint8Array, encoding: 'utf-8' | 'windows-1252'): string {
  return decodeTextReport(file, bytes, encoding).text;
}
