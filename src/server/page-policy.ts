// The last step of every built HTML page (src/middleware.ts): each inline <style> once, and a Content-Security-Policy
// that allows exactly the inline styles and scripts of that page. Astro's policy lists the hashes of every inline style
// and script of the whole site on every page (24 hashes, 1.3 KB a page).
import { createHash } from 'node:crypto';

const sha256 = (text: string): string => `sha256-${createHash('sha256').update(text).digest('base64')}`;

const STYLE = /<style\b([^>]*)>([\s\S]*?)<\/style>/gi;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const TYPE = /\btype=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const EXECUTABLE = /^(module|text\/javascript|application\/javascript)?$/i;
const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** Drops every <style> element whose attributes and text repeat an earlier one: CSS in a page applies page-wide. */
export function dedupeStyles(html: string): string {
  const seen = new Set<string>();
  return html.replace(STYLE, (whole) => {
    if (seen.has(whole)) return '';
    seen.add(whole);
    return whole;
  });
}

/** Hashes of the page's inline <style> texts and inline executable <script> texts, sorted. */
function inlineHashes(html: string): { style: string[]; script: string[] } {
  const style = new Set([...html.matchAll(STYLE)].map((m) => sha256(m[2]!)));
  const script = new Set(
    [...html.matchAll(SCRIPT)]
      .filter((m) => {
        const type = TYPE.exec(m[1]!);
        return !/\bsrc=/i.test(m[1]!) && EXECUTABLE.test(type ? (type[1] ?? type[2] ?? type[3]!) : '');
      })
      .map((m) => sha256(m[2]!)),
  );
  return { style: [...style].sort(), script: [...script].sort() };
}

/**
 * The page's policy with its style-src and script-src hash lists cut to the inline styles and scripts the page has;
 * every other source in the policy is kept as it is. A page without a policy is returned as is.
 */
export function trimPolicy(html: string): string {
  const m = POLICY.exec(html);
  if (!m) return html;
  const own = inlineHashes(html);
  const lists: Record<string, string[]> = {
    'style-src': own.style.map((h) => `'${h}'`),
    'script-src': own.script.map((h) => `'${h}'`),
  };
  const policy = m[2]!
    .split(';')
    .map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      const keep = lists[name ?? ''];
      if (!keep) return d;
      const lead = /^\s*/.exec(d)![0];
      return `${lead}${[name, ...sources.filter((s) => !s.startsWith("'sha256-")), ...keep].join(' ')}`;
    })
    .join(';');
  return html.replace(POLICY, (_, a: string, _b: string, c: string) => `${a}${policy}${c}`);
}

/** Both steps, in order (the policy is taken after the duplicates are gone). */
export function finishPage(html: string): string {
  return trimPolicy(dedupeStyles(html));
}
