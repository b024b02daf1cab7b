// The membership chart draws exactly the published points (/data/membership.csv), each dot titled with its source,
// with accounts, statements, leadership electorates and counters drawn as different marks, and figures of low
// confidence drawn open on a dashed line.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildMembershipTrend } from '../../src/graphics/membership-trend';
import { publishInput } from '../../src/data/index';
import { publishedTable } from '../../src/lib/publish/published';
import { firstSource } from '../../src/charts/membership-trend';

describe('membership chart and membership.csv', () => {
  const g = buildMembershipTrend('uk');
  const csv = publishedTable(publishInput(), 'membership.csv');

  it('charts every row of membership.csv and nothing else', () => {
    const key = (r: Record<string, unknown>) => [r.party, r.date, r.kind, r.members, r.source_url].join('|');
    expect(g.data.rows.map(key)).toEqual(csv.rows.map(key));
    expect(csv.rows).toHaveLength(76);
    // One titled mark per figure, naming its source (links are in the page's tables: an image may not hold links).
    const titles = [...g.svg.matchAll(/<title>([^<]*Source: [^<]*)<\/title>/g)];
    expect(titles).toHaveLength(csv.rows.length);
    expect(firstSource({ source_url: 'https://a.example ; https://b.example' })).toBe('https://a.example');
  });

  it('has every party of evidence.md B and G3, Reform UK included, and marks counters apart from accounts', () => {
    expect([...new Set(csv.rows.map((r) => r.party))].sort()).toEqual([
      'con',
      'green',
      'lab',
      'ld',
      'pc',
      'reform',
      'snp',
      'ukip',
    ]);
    const reform = csv.rows.filter((r) => r.party === 'reform');
    expect(reform.map((r) => [r.date, r.members, r.kind])).toEqual([
      ['2024-12-01', 120549, 'party-counter'],
      ['2024-12-26', 131681, 'party-counter'],
      ['2025-08-01', 234460, 'party-counter'],
    ]);
    expect(g.legend.map((l) => [l.label, l.mark]).slice(-5)).toEqual([
      ['Accounts, 31 December', 'dot'],
      ['Party statement or report at a date', 'diamond'],
      ['Leadership electorate', 'square'],
      ["Party's website counter (not audited)", 'triangle'],
      ['Low confidence (the membership page says why)', 'open'],
    ]);
  });

  it('draws a figure given only for a year at mid-year, and its title names the year only', () => {
    const doc = parseHTML(`<html><body>${g.svg}</body></html>`).document;
    const titles = [...doc.querySelectorAll('title')].map((t) => t.textContent!);
    // The Conservative leadership electorate of 2024 (131,680): a year-only row, dated 2024-01-01 in the data.
    expect(titles.filter((t) => t.startsWith('Conservative, 2024: 131,680 (leadership electorate'))).toHaveLength(1);
    expect(titles.some((t) => t.includes('2024-01-01'))).toBe(false);
    expect(g.description).toContain('Conservative 131,680 (2024)');
  });

  it("draws Labour's derived 2023 figure open, with dashed lines to 2022 and 2024, not as an accounts dot", () => {
    const doc = parseHTML(`<html><body>${g.svg}</body></html>`).document;
    const mark = (title: string) =>
      [...doc.querySelectorAll('title')].find((t) => t.textContent!.startsWith(title))!.parentElement!;
    const y2023 = mark(
      'Labour (incl. Labour Co-op), 31 December 2023: 370,450 (accounts, 31 December; low confidence)',
    );
    const y2022 = mark(
      'Labour (incl. Labour Co-op), 31 December 2022: 407,445 (accounts, 31 December; high confidence)',
    );
    expect(y2023.closest('g')!.getAttribute('fill')).toBe('none');
    expect(y2022.closest('g')!.getAttribute('fill')).not.toBe('none');
    const dashed = [...doc.querySelectorAll('g[stroke-dasharray="5,4"]:not([stroke]) path')];
    // 2022 to 2023 and 2023 to 2024: Labour's only year-end figure of low confidence, each over a dashed casing.
    expect(dashed.map((p) => p.getAttribute('stroke'))).toEqual(['#E4003B', '#E4003B']);
    const casing = [...doc.querySelectorAll('g[stroke-dasharray="5,4"][stroke="currentColor"] path')];
    expect(casing.map((p) => p.getAttribute('d'))).toEqual(dashed.map((p) => p.getAttribute('d')));
    expect(csv.rows.filter((r) => r.confidence === 'low' && r.kind === 'year-end-accounts')).toHaveLength(1);
  });
});
