// The browser's one JSON loader (src/client/fetch-json.ts): same-origin only, each URL fetched once, a failure
// forgotten so a retry fetches again, and a 404 read as null only where the caller asks.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchJson } from '../../../src/client/fetch-json';

let calls: string[];
let answers: Record<string, () => Response>;

beforeEach(() => {
  calls = [];
  vi.stubGlobal('window', { location: { href: 'https://example.org/gw/seat/X/', origin: 'https://example.org' } });
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    calls.push(`${init.mode} ${url}`);
    return Promise.resolve(answers[url]!());
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const json = (v: unknown) => () => new Response(JSON.stringify(v), { status: 200 });
const missing = () => new Response('no', { status: 404 });

describe('fetchJson', () => {
  it('fetches a URL once, same-origin, and gives every caller the same value', async () => {
    answers = { 'https://example.org/gw/a1.json': json({ a: 1 }) };
    const [x, y] = await Promise.all([fetchJson('/gw/', 'a1.json'), fetchJson('/gw/', 'a1.json')]);
    expect(x).toEqual({ a: 1 });
    expect(y).toBe(x);
    expect(calls).toEqual(['same-origin https://example.org/gw/a1.json']);
  });

  it('forgets a failure, so the next call fetches again', async () => {
    answers = { 'https://example.org/gw/b.json': missing };
    await expect(fetchJson('/gw/', 'b.json')).rejects.toThrow('HTTP 404 for /gw/b.json');
    answers = { 'https://example.org/gw/b.json': json([1]) };
    expect(await fetchJson('/gw/', 'b.json')).toEqual([1]);
    expect(calls).toHaveLength(2);
  });

  it('reads a 404 as null only when asked', async () => {
    answers = { 'https://example.org/gw/c.json': missing };
    expect(await fetchJson('/gw/', 'c.json', true)).toBeNull();
    await expect(fetchJson('/gw/', 'c.json')).rejects.toThrow('HTTP 404');
  });

  it('refuses another origin without fetching', async () => {
    await expect(fetchJson('https://elsewhere.example/', 'd.json')).rejects.toThrow(
      'not on this site: https://elsewhere.example/d.json',
    );
    expect(calls).toEqual([]);
  });
});
