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

/** An invisible character found in text: where it is, its code point and what it is. */
interface Invisible {
  index: number;
  codePoint: string;
  what: string;
}

function invisibleAt(m: RegExpExecArray | null, what: (c: string) => string): Invisible | null {
  if (!m) return null;
  return {
    index: m.index,
    codePoint: `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
    what: what(m[0]),
  };
}

/** Stops with file, line and the character's code point when something invisible was found. */
function stopAt(file: string, text: string, found: Invisible | null): void {
  if (!found) return;
  const line = text.slice(0, found.index).split('\n').length;
  throw new DataError(file, line, null, `invisible ${found.codePoint}: ${found.what}`);
}

/** The first invisible control character in `text`; null when none. */
export function findInvisible(text: string): Invisible | null {
  return invisibleAt(INVISIBLE.exec(text), (c) =>
    /[\u202a-\u202e\u2066-\u2069]/.test(c)
      ? 'a bidirectional control character, which can make text display in another order than it is stored'
      : 'a control character',
  );
}

/** Stops with file, line and the character's code point when `text` holds an invisible control character. */
export function checkInvisibleControls(file: string, text: string): void {
  stopAt(file, text, findInvisible(text));
}

/**
 * Invisible marks a publisher's file may carry but hand-written data never needs: soft hyphen, zero-width space,
 * joiners and word joiner, the left-to-right, right-to-left and Arabic letter marks, and a byte-order mark inside the
 * text, and a carriage return that ends no line. Curated files refuse them (checkInvisibleMarks) on top of the
 * controls every file refuses.
 */
const MARKS = /[\u00ad\u061c\u180e\u200b-\u200f\u2060-\u2064\ufeff]|\r(?!\n)/g;

/** The first invisible mark in `text` from index `from`; null when none. */
export function findInvisibleMark(text: string, from = 0): Invisible | null {
  MARKS.lastIndex = from;
  return invisibleAt(MARKS.exec(text), (c) =>
    c === '\r'
      ? 'a carriage return that does not end a line (it can hide the text before it in a terminal or log)'
      : 'a zero-width or bidirectional mark, which hand-written data does not need (it can make two names look alike)',
  );
}

/** Stops with file, line and code point when curated `text` holds an invisible mark (a leading byte-order mark aside). */
export function checkInvisibleMarks(file: string, text: string): void {
  stopAt(file, text, findInvisibleMark(text, text.charCodeAt(0) === 0xfeff ? 1 : 0));
}

/** Names UTF-16 (by its byte-order mark, or by the NUL in every other byte of mostly-ASCII text); null otherwise. */
export function utf16Kind(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  const n = Math.min(bytes.length & ~1, 2000);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  if (oddNul > n / 4 && evenNul === 0) return 'UTF-16LE';
  if (evenNul > n / 4 && oddNul === 0) return 'UTF-16BE';
  return null;
}

/** Where UTF-8 decoding fails: 1-based line and the offending byte, for the message. */
function firstBadUtf8(bytes: Uint8Array): { line: number; byte: number } | null {
  const d = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return { line, byte: b };
    if (len > 1) {
      try {
        d.decode(bytes.subarray(i, i + len));
      } catch {
        return { line, byte: b };
      }
    }
    if (b === 10) line++;
    i += len;
  }
  return null;
}

/** Why bytes are not UTF-8: UTF-16, Windows-1252 (what Excel saves as "CSV"), or simply damaged. */
export function describeNotUtf8(bytes: Uint8Array): string {
  const utf16 = utf16Kind(bytes);
  if (utf16) return `the file is ${utf16} text, not UTF-8; save it as UTF-8`;
  const bad = firstBadUtf8(bytes);
  const where = bad ? ` (line ${bad.line}, byte 0x${bad.byte.toString(16).toUpperCase()})` : '';
  if (bad && bad.byte >= 0x80) {
    const ch = new TextDecoder('windows-1252').decode(new Uint8Array([bad.byte]));
    return `not valid UTF-8${where}: looks like Windows-1252 (as Excel saves CSV), where that byte is "${ch}"; save the file as UTF-8`;
  }
  return `not valid UTF-8${where} (encoding damage?)`;
}

/** Stops when a text's only line breaks are CR (old Mac): every error would otherwise be reported at line 1. */
export function checkLineEndings(file: string, text: string): void {
  if (text.includes('\r') && !text.includes('\n') && text.indexOf('\r') < text.length - 1) {
    throw new DataError(
      file,
      null,
      null,
      'line endings are CR only (old Mac style), so the file reads as one line; save it with LF or CRLF line endings',
    );
  }
}

/** Decoded text and the facts worth reporting about it (a removed byte-order mark). */
export function decodeTextReport(
  file: string,
  bytes: Uint8Array,
  encoding: 'utf-8' | 'windows-1252',
): { text: string; notes: string[] } {
  const utf16 = utf16Kind(bytes);
  if (utf16) throw new DataError(file, null, null, `the file is ${utf16} text, not ${encoding}`);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new DataError(
      file,
      null,
      null,
      encoding === 'utf-8' ? describeNotUtf8(bytes) : `not valid ${encoding} text (encoding damage?)`,
    );
  }
  const notes: string[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    notes.push(BOM_NOTE);
  }
  const m = MOJIBAKE.exec(text);
  if (m) {
    const line = text.slice(0, m.index).split('\n').length;
    throw new DataError(
      file,
      line,
      null,
      `encoding damage: "${m[0]}" looks like text decoded with the wrong character set`,
    );
  }
  checkInvisibleControls(file, text);
  checkLineEndings(file, text);
  return { text, notes };
}

export function decodeText(file: string, bytes: Uint8Array, encoding: 'utf-8' | 'windows-1252'): string {
  return decodeTextReport(file, bytes, encoding).text;
}
