// Pulls every URL an HTML page refers to (links, assets, srcset, social images, refresh targets, CSS url()) out of
// built markup, and the ids a fragment can point at. Built HTML is machine-written, so a tag tokenizer is enough.

export interface Ref {
  /** Where it was found, e.g. "a[href]", "meta[og:image]", "style url()". */
  where: string;
  url: string;
}

const TAG = /<([a-zA-Z][\w:-]*)((?:[^>"']+|"[^"]*"|'[^']*')*)>/g;
const ATTR = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|#39);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k.startsWith('#x')) return String.fromCodePoint(parseInt(k.slice(2), 16));
    if (k.startsWith('#')) return String.fromCodePoint(Number(k.slice(1)));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[k] ?? m;
  });
}

export function attributes(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of raw.matchAll(ATTR)) out.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  return out;
}

function markup(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2')
    .replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/gi, '$1$2');
}

/** Start tags of the markup outside <script>/<style> bodies and comments, with their attributes (only `names` when given). */
export function tags(html: string, names?: ReadonlySet<string>): { name: string; attrs: Map<string, string> }[] {
  const out: { name: string; attrs: Map<string, string> }[] = [];
  for (const m of markup(html).matchAll(TAG)) {
    const name = m[1]!.toLowerCase();
    if (!names || names.has(name)) out.push({ name, attrs: attributes(m[2] ?? '') });
  }
  return out;
}

/** The attributes that hold URLs, and the tags that have them. */
const URL_ATTR_TAGS: { attrs: string[]; tags: string[] }[] = [
  { attrs: ['href'], tags: ['a', 'area', 'link'] },
  { attrs: ['src', 'srcset'], tags: ['img', 'source'] },
  { attrs: ['src'], tags: ['script', 'iframe', 'embed', 'audio', 'track', 'input'] },
  { attrs: ['data'], tags: ['object'] },
  { attrs: ['src', 'poster'], tags: ['video'] },
  { attrs: ['action'], tags: ['form'] },
  { attrs: ['href', 'xlink:href'], tags: ['use', 'image'] },
];
const URL_ATTRS: Record<string, string[]> = Object.fromEntries(
  URL_ATTR_TAGS.flatMap(({ attrs, tags }) => tags.map((tag) => [tag, attrs])),
);
const META_URLS = new Set(['og:image', 'og:url', 'twitter:image', 'og:image:url', 'og:image:secure_url']);

/** URLs in a srcset ("a.png 1x, b.png 2x"). */
export function srcsetUrls(v: string): string[] {
  return v
    .split(',')
    .map((s) => s.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

const REF_TAGS = new Set([...Object.keys(URL_ATTRS), 'meta']);

export function refsOf(html: string): Ref[] {
  const out: Ref[] = [];
  for (const { name, attrs } of tags(html, REF_TAGS)) {
    for (const a of URL_ATTRS[name] ?? []) {
      const v = attrs.get(a);
      if (v === undefined) continue;
      const kind = name === 'link' ? `link[rel=${attrs.get('rel') ?? ''}]` : `${name}[${a}]`;
      for (const u of a === 'srcset' ? srcsetUrls(v) : [v]) out.push({ where: kind, url: u });
    }
    if (name === 'meta') {
      const prop = attrs.get('property') ?? attrs.get('name') ?? '';
      const content = attrs.get('content');
      if (content && META_URLS.has(prop)) out.push({ where: `meta[${prop}]`, url: content });
      if (content && attrs.get('http-equiv')?.toLowerCase() === 'refresh') {
        const m = /url\s*=\s*(.+)$/i.exec(content);
        if (m) out.push({ where: 'meta[refresh]', url: m[1]!.trim().replace(/^['"]|['"]$/g, '') });
      }
    }
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
    for (const u of cssUrls(m[1]!)) out.push({ where: 'style url()', url: u });
  for (const m of markup(html).matchAll(/\sstyle="([^"]*url\([^"]*)"/gi))
    for (const u of cssUrls(decodeEntities(m[1]!))) out.push({ where: '[style] url()', url: u });
  return out;
}

export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? '')
    .filter((u) => u !== '' && !u.startsWith('#'));
}

/** The ids (and legacy a[name]) a fragment can target. */
export function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of markup(html).matchAll(/<[a-zA-Z][^>]*?\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g))
    ids.add(decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''));
  for (const { attrs } of tags(html, new Set(['a']))) if (attrs.get('name')) ids.add(attrs.get('name')!);
  return ids;
}
