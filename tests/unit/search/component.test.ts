// SeatSearch markup (rendered with Astro's container through Astro's Vite setup) and the browser module's rules:
// ARIA wiring, unique ids per instance, no-JS fallback, credit line, textContent only, this site only.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { ViteDevServer } from 'vite';
import { POSTCODE_CREDITS } from '../../../src/lib/search/credit';
import { seatSearchRenderer } from '../../support/seat-search-render';

let vite: ViteDevServer;
let render: (props: Record<string, unknown>) => Promise<string>;

beforeAll(async () => {
  ({ vite, render } = await seatSearchRenderer('test', '/tmp/seat-search-test-vite'));
});

afterAll(async () => {
  await vite?.close();
});

describe('SeatSearch markup', () => {
  it('is a GET form to the A–Z list with a combobox wired to its listbox and live region', async () => {
    const { document } = parseHTML(`<html><body>${await render({ base: '/groundwork/', id: 'top' })}</body></html>`);
    const form = document.querySelector('form') as unknown as HTMLFormElement;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe('/groundwork/seats/');
    expect(form.getAttribute('data-base')).toBe('/groundwork/');
    const input = document.querySelector('input[role="combobox"]') as unknown as HTMLInputElement;
    expect(input.getAttribute('name')).toBe('q');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    expect(document.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Find a seat');
    const list = document.getElementById(input.getAttribute('aria-controls') as string);
    expect(list?.getAttribute('role')).toBe('listbox');
    expect(document.querySelector('[role="status"]')?.getAttribute('aria-live')).toBe('polite');
    expect(document.querySelector('a[href="/groundwork/seats/"]')?.textContent).toBe('All seats A–Z');
    // The credit line is written by the browser with a postcode answer (tests/e2e/find-seat.spec.ts shows it there).
    expect(document.querySelector('[data-seat-search-credit]')?.childNodes.length).toBe(0);
    const credit = (basis: 'gb' | 'ni') =>
      POSTCODE_CREDITS[basis].map((c) => (typeof c === 'string' ? c : c.text)).join('');
    expect(credit('gb')).toBe(
      '2024 seats: mySociety postcode lookup (CC BY 4.0); live postcodes: OS Code-Point Open 2025.4; 2010–2023 seats: ONS Postcode Directory (Feb 2021). Contains OS data © Crown copyright and database right 2025; Contains Royal Mail data © Royal Mail copyright and database right 2025; Contains National Statistics data © Crown copyright and database right 2025; Open Government Licence v3.0.',
    );
    expect(POSTCODE_CREDITS.gb[1]).toEqual({
      text: 'mySociety',
      href: 'https://pages.mysociety.org/2025-constituencies/',
    });
    expect(credit('ni')).toContain('Northern Ireland: ONS Postcode Directory (Feb 2021)');
  });

  it('gives every instance its own ids', async () => {
    const html = (await render({ base: '/' })) + (await render({ base: '/' }));
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.length).toBe(10);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('browser module rules', () => {
  const source = ['seat-search', 'seat-search-answer', 'seat-search-data', 'fetch-json', 'dom']
    .map((m) => readFileSync(new URL(`../../../src/client/${m}.ts`, import.meta.url), 'utf8'))
    .join('\n');

  it('never parses HTML from data and never leaves the site', () => {
    expect(source).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/,
    );
    expect(source).not.toMatch(/https?:\/\//);
    expect(source.match(/fetch\(/g)).toHaveLength(1);
    expect(source).toContain("mode: 'same-origin'");
  });
});
