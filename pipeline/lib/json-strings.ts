// The string tokens of JSON text that JSON.parse accepted, each decoded with its line, and whether it is an object's
// key written there before: JSON.parse keeps a repeated key's last value without a word.
export interface JsonString {
  /** The decoded text (escapes such as \u0074 resolved). */
  value: string;
  /** 1-based line of the token. */
  line: number;
  /** An object's key that the same object already had. */
  repeatedKey: boolean;
}

const COLON = /\s*:/y;

/** Every string token of `text`, in order. `text` must be JSON that JSON.parse accepts. */
export function jsonStrings(text: string): JsonString[] {
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
