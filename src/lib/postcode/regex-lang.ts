// Exact analysis of the anchored, finite regular expressions in the postcode lookup files (grex output):
// parse and take derivatives by a prefix; regex-print.ts prints back a smaller regex that matches only postcodes of
// one area.

/** A regex over the finite language of space-free postcodes. `alt` with no items matches nothing. */
export type RegexNode =
  | { k: 'set'; chars: string }
  | { k: 'seq'; items: RegexNode[] }
  | { k: 'alt'; items: RegexNode[] }
  | { k: 'opt'; item: RegexNode };

export const EMPTY: RegexNode = { k: 'alt', items: [] };
export const EPS: RegexNode = { k: 'seq', items: [] };

export class RegexSyntaxError extends Error {
  constructor(
    public position: number,
    public reason: string,
  ) {
    super(`at character ${position}: ${reason}`);
    this.name = 'RegexSyntaxError';
  }
}

const ATOM_CHAR = /[A-Z0-9]/;

/**
 * Parses `^…$` made only of A-Z, 0-9, character classes with ranges, `(?:…)` groups, `|` and `?`.
 * Anything else (a top-level `|` that would escape the anchors, `*`, `+`, `.`, escapes) throws RegexSyntaxError.
 */
export function parseRegex(source: string): RegexNode {
  if (!source.startsWith('^')) throw new RegexSyntaxError(0, 'must start with ^');
  if (!source.endsWith('$')) throw new RegexSyntaxError(source.length - 1, 'must end with $');
  let pos = 1;
  const end = source.length - 1;

  const fail = (reason: string): never => {
    throw new RegexSyntaxError(pos, reason);
  };

  const parseClass = (): RegexNode => {
    pos++; // [
    let chars = '';
    if (source[pos] === '^') fail('negated classes are not supported');
    while (pos < end && source[pos] !== ']') {
      const from = source[pos] ?? '';
      if (!ATOM_CHAR.test(from)) fail(`unexpected "${from}" in class`);
      if (source[pos + 1] === '-' && source[pos + 2] !== ']') {
        const to = source[pos + 2] ?? '';
        if (!ATOM_CHAR.test(to) || to < from) fail(`bad range ${from}-${to}`);
        for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) chars += String.fromCharCode(c);
        pos += 3;
      } else {
        chars += from;
        pos++;
      }
    }
    if (source[pos] !== ']') fail('unclosed [');
    if (chars === '') fail('empty class');
    pos++;
    return makeSet(chars);
  };

  const parseAlt = (): RegexNode => {
    const branches: RegexNode[] = [parseSeq()];
    while (pos < end && source[pos] === '|') {
      pos++;
      branches.push(parseSeq());
    }
    return mkAlt(branches);
  };

  const parseSeq = (): RegexNode => {
    const items: RegexNode[] = [];
    while (pos < end && source[pos] !== '|' && source[pos] !== ')') {
      const ch = source[pos] ?? '';
      let atom: RegexNode;
      if (ch === '(') {
        if (!source.startsWith('(?:', pos)) fail('only (?:…) groups are supported');
        pos += 3;
        atom = parseAlt();
        if (source[pos] !== ')') fail('unclosed (');
        pos++;
      } else if (ch === '[') {
        atom = parseClass();
      } else if (ATOM_CHAR.test(ch)) {
        atom = literal(ch);
        pos++;
      } else {
        return fail(`unsupported "${ch}"`);
      }
      if (source[pos] === '?' && pos < end) {
        pos++;
        atom = mkOpt(atom);
      }
      if ('*+{'.includes(source[pos] ?? '') && pos < end) fail(`unsupported quantifier "${source[pos]}"`);
      items.push(atom);
    }
    return mkSeq(items);
  };

  const node = parseSeq();
  if (pos < end && source[pos] === '|') fail('top-level | would leave a branch unanchored');
  if (pos !== end) fail(`unexpected "${source[pos]}"`);
  return node;
}

/** One node per literal character, shared: nodes are never changed once made. */
const LITERALS = new Map<string, RegexNode>();

function literal(ch: string): RegexNode {
  let node = LITERALS.get(ch);
  if (!node) LITERALS.set(ch, (node = { k: 'set', chars: ch }));
  return node;
}

function makeSet(chars: string): RegexNode {
  if (chars === '') return EMPTY;
  if (isStrictlyAscending(chars)) return { k: 'set', chars };
  return { k: 'set', chars: [...new Set(chars)].sort().join('') };
}

/** True when every character comes after the one before it: the class is already sorted and has no repeats. */
function isStrictlyAscending(chars: string): boolean {
  for (let i = 1; i < chars.length; i++) if (chars.charCodeAt(i) <= chars.charCodeAt(i - 1)) return false;
  return true;
}

export function isEmpty(n: RegexNode): boolean {
  return n.k === 'alt' && n.items.length === 0;
}

export function isEps(n: RegexNode): boolean {
  return n.k === 'seq' && n.items.length === 0;
}

export function mkSeq(items: readonly RegexNode[]): RegexNode {
  const flat: RegexNode[] = [];
  for (const item of items) {
    if (isEmpty(item)) return EMPTY;
    if (item.k === 'seq') flat.push(...item.items);
    else flat.push(item);
  }
  return flat.length === 1 ? (flat[0] as RegexNode) : { k: 'seq', items: flat };
}

export function mkAlt(items: readonly RegexNode[]): RegexNode {
  const flat: RegexNode[] = [];
  for (const item of items) {
    if (item.k === 'alt') flat.push(...item.items);
    else flat.push(item);
  }
  return flat.length === 1 ? (flat[0] as RegexNode) : { k: 'alt', items: flat };
}

function mkOpt(item: RegexNode): RegexNode {
  if (isEmpty(item) || isEps(item)) return EPS;
  return item.k === 'opt' ? item : { k: 'opt', item };
}

export function nullable(n: RegexNode): boolean {
  switch (n.k) {
    case 'set':
      return false;
    case 'opt':
      return true;
    case 'seq':
      return n.items.every(nullable);
    case 'alt':
      return n.items.some(nullable);
  }
}

/** The strings w such that `c + w` is matched by n (Brzozowski derivative). */
export function derive(n: RegexNode, c: string): RegexNode {
  return restrictThen(n, (chars) => (chars.includes(c) ? EPS : EMPTY));
}

/** The strings of n whose first character is one of `allowed`. */
export function restrictFirst(n: RegexNode, allowed: string): RegexNode {
  return restrictThen(n, (chars) => makeSet([...chars].filter((c) => allowed.includes(c)).join('')));
}

/** Replaces the first character class met on every path by `onFirst(chars)`, keeping the rest. */
function restrictThen(n: RegexNode, onFirst: (chars: string) => RegexNode): RegexNode {
  switch (n.k) {
    case 'set':
      return onFirst(n.chars);
    case 'opt':
      return restrictThen(n.item, onFirst);
    case 'alt':
      return mkAlt(n.items.map((item) => restrictThen(item, onFirst)));
    case 'seq': {
      const [head, ...rest] = n.items;
      if (!head) return EMPTY;
      const viaHead = mkSeq([restrictThen(head, onFirst), ...rest]);
      return nullable(head) ? mkAlt([viaHead, restrictThen(mkSeq(rest), onFirst)]) : viaHead;
    }
  }
}

export function derivePrefix(n: RegexNode, prefix: string): RegexNode {
  let out = n;
  for (const c of prefix) out = derive(out, c);
  return out;
}

/** True when n matches no string at all (the constructors above keep the empty language as EMPTY). */
export function matchesNothing(n: RegexNode): boolean {
  return isEmpty(n);
}

/** Every character that can start a non-empty string matched by n. */
export function firstChars(n: RegexNode): Set<string> {
  const out = new Set<string>();
  const walk = (node: RegexNode): void => {
    switch (node.k) {
      case 'set':
        for (const c of node.chars) out.add(c);
        return;
      case 'opt':
        walk(node.item);
        return;
      case 'alt':
        node.items.forEach(walk);
        return;
      case 'seq':
        for (const item of node.items) {
          walk(item);
          if (!nullable(item)) return;
        }
    }
  };
  walk(n);
  return out;
}

/** What is left to match after a node: the items of an enclosing sequence from `i` on, then what follows that. */
interface Rest {
  items: readonly RegexNode[];
  i: number;
  next: Rest | null;
}

/** Calls `visit` with every string matched by n (finite languages only; an ambiguous regex repeats strings). */
export function enumerate(n: RegexNode, visit: (s: string) => void, prefix = ''): void {
  const then = (s: string, rest: Rest | null): void => {
    if (rest === null) return visit(s);
    const { items, i, next } = rest;
    go(items[i] as RegexNode, s, i + 1 < items.length ? { items, i: i + 1, next } : next);
  };
  const go = (node: RegexNode, pre: string, rest: Rest | null): void => {
    switch (node.k) {
      case 'set':
        for (const c of node.chars) then(pre + c, rest);
        return;
      case 'opt':
        then(pre, rest);
        go(node.item, pre, rest);
        return;
      case 'alt':
        for (const item of node.items) go(item, pre, rest);
        return;
      case 'seq': {
        const [first] = node.items;
        if (!first) then(pre, rest);
        else go(first, pre, node.items.length > 1 ? { items: node.items, i: 1, next: rest } : rest);
      }
    }
  };
  go(n, prefix, null);
}
