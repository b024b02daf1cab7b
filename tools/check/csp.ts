// Static Content-Security-Policy check of a built page: the policy in its <meta>, and every inline style attribute,
// event handler, <style> and inline <script> that the policy would block.
import { createHash } from 'node:crypto';
import { attributes, tags } from './html-refs';

export interface CspFinding {
  kind: 'no-policy' | 'style-attribute' | 'event-handler' | 'style-element' | 'inline-script' | 'unsafe-inline';
  /** The element and a short sample, e.g. '<span style="background:#0087DC">'. */
  detail: string;
}

/** Source lists by directive from the page's CSP meta, or null when there is none. */
export function policyOf(html: string): Map<string, string[]> | null {
  for (const { attrs } of tags(html, new Set(['meta']))) {
    if (attrs.get('http-equiv')?.toLowerCase() !== 'content-security-policy') continue;
    const out = new Map<string, string[]>();
    for (const d of (attrs.get('content') ?? '').split(';')) {
      const [name, ...sources] = d.trim().split(/\s+/);
      if (name) out.set(name.toLowerCase(), sources);
    }
    return out;
  }
  return null;
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const EXECUTABLE = /^(module|text\/javascript|application\/javascript)?$/i;

export function cspFindings(html: string): CspFinding[] {
  const policy = policyOf(html);
  if (!policy) return [{ kind: 'no-policy', detail: 'no <meta http-equiv="content-security-policy">' }];
  const out: CspFinding[] = [];
  const styleSrc = policy.get('style-src') ?? policy.get('default-src') ?? [];
  const scriptSrc = policy.get('script-src') ?? policy.get('default-src') ?? [];
  for (const [name, list] of [
    ['style-src', styleSrc],
    ['script-src', scriptSrc],
  ] as const) {
    if (list.includes("'unsafe-inline'")) out.push({ kind: 'unsafe-inline', detail: `${name} allows 'unsafe-inline'` });
  }
  for (const { name, attrs } of tags(html)) {
    const style = attrs.get('style');
    if (style !== undefined) out.push({ kind: 'style-attribute', detail: `<${name} style="${style.slice(0, 40)}">` });
    for (const a of attrs.keys())
      if (/^on[a-z]+$/.test(a)) out.push({ kind: 'event-handler', detail: `<${name} ${a}>` });
  }
  for (const m of html.matchAll(/<style\b([^>]*)>([\s\S]*?)<\/style>/gi)) {
    if (!styleSrc.includes(hash(m[2]!)))
      out.push({ kind: 'style-element', detail: `<style> ${m[2]!.trim().slice(0, 50)}` });
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = attributes(m[1]!);
    if (attrs.has('src') || !EXECUTABLE.test(attrs.get('type') ?? '')) continue;
    if (!scriptSrc.includes(hash(m[2]!)))
      out.push({ kind: 'inline-script', detail: `<script> ${m[2]!.trim().slice(0, 50)}` });
  }
  return out;
}
