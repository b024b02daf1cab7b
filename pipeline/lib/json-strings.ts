// The string tokens of JSON text that JSON.parse accepted, each decoded with its line, and the checks of them that the
// parsed value cannot make: a key written twice in one object (JSON.parse keeps the last value without a word), an
// invisible character or mark written as a \u escape, a value of spaces only.
import { DataError } from '../../src/lib/data-error';
import { findInvisible, findInvisibleMark } from '../../src/lib/text';

interface JsonString {
  /** The decoded text (escapes such as \u0074 resolved). */
  value: string;
  /** 1-based line of the token. */
  line: number;
  /** An object's key that the same object already had. */
  repeatedKey: boolean;
}

const COLON = /\s*:/y;

/** Every string token of `text`, in order. `text` must be JSON that JSON.parse accepts. */
function jsonStrings(text: string): JsonString[] {
  const out: JsonString[] = [];
  // One entry per open bracket: the keys seen in that object, or null for an array.
  const open: (Set<string> | null)[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '{') open.push(new Set());
    else if (c === '[') open.push(null);
    else if (c === '}' || c === ']') open.pop();
    else if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const value = JSON.parse(text.slice(i, end + 1)) as string;
      COLON.lastIndex = end + 1;
      const keys = open.at(-1);
      const isKey = keys != null && COLON.test(text);
      out.push({ value, line, repeatedKey: isKey && keys.has(value) });
      if (isKey) keys.add(value);
      i = end;
    }
  }
  return out;
}

/** Stops with file and line at the first repeated key, escaped invisible character or value of spaces only. */
export function checkJsonStrings(file: string, text: string): void {
  const strings = jsonStrings(text);
  for (const s of strings) {
    const found = findInvisible(s.value) ?? findInvisibleMark(s.value);
    if (found)
      throw new DataError(file, s.line, null, `invisible ${found.codePoint} (written as an escape): ${found.what}`);
    if (s.value !== '' && s.value.trim() === '')
      throw new DataError(
        file,
        s.line,
        null,
        'a value of spaces only: give the text, or leave it out where it is optional',
      );
  }
  const repeated = strings.find((s) => s.repeatedKey);
  if (repeated)
    throw new DataError(
      file,
      repeated.line,
      repeated.value,
      'key written twice in one object (JSON keeps only the last value)',
    );
}
