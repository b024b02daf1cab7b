// Prints a postcode regex tree (regex-lang.ts) back as regex source, anchored and with character ranges, so a
// slice's regex is short.
import { isEmpty, isEps, type RegexNode } from './regex-lang';

function printClass(chars: string): string {
  if (chars.length === 1) return chars;
  let out = '';
  for (let i = 0; i < chars.length;) {
    let j = i;
    while (j + 1 < chars.length && chars.charCodeAt(j + 1) === chars.charCodeAt(j) + 1) j++;
    out += j - i >= 2 ? `${chars[i]}-${chars[j]}` : chars.slice(i, j + 1);
    i = j + 1;
  }
  return `[${out}]`;
}

/** Regex source for n where `|` may appear at the top level (inside a group or between anchors' group). */
function printBody(n: RegexNode): string {
  if (n.k === 'alt') {
    const branches = n.items.filter((item) => !isEps(item));
    const body = branches.map(printBody).join('|');
    return branches.length < n.items.length ? `(?:${body})?` : body;
  }
  if (n.k === 'seq') return n.items.map(printAtom).join('');
  return printAtom(n);
}

/** Regex source for n that can be followed by `?` or concatenated. */
function printAtom(n: RegexNode): string {
  switch (n.k) {
    case 'set':
      return printClass(n.chars);
    case 'opt':
      return `${printAtom(n.item)}?`.replace(/\?\?$/, '?');
    case 'seq':
      return n.items.length === 1 ? printAtom(n.items[0] as RegexNode) : `(?:${printBody(n)})`;
    case 'alt': {
      const body = printBody(n);
      return body.endsWith(')?') && body.startsWith('(?:') && isWholeGroup(body) ? body : `(?:${body})`;
    }
  }
}

function isWholeGroup(body: string): boolean {
  let depth = 0;
  for (let i = 0; i < body.length - 1; i++) {
    if (body[i] === '(') depth++;
    else if (body[i] === ')') depth--;
    if (depth === 0 && i < body.length - 2) return false;
  }
  return true;
}

/** `^prefix…$` matching exactly prefix + the strings of rest. */
export function printAnchored(prefix: string, rest: RegexNode): string {
  if (isEmpty(rest)) throw new Error('cannot print a regex that matches nothing');
  const body = printBody(rest);
  const needsGroup = rest.k === 'alt' && !(body.startsWith('(?:') && body.endsWith(')?') && isWholeGroup(body));
  return `^${prefix}${needsGroup ? `(?:${body})` : body}$`;
}
