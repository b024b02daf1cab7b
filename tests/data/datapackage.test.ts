// datapackage.json as served validates against the Frictionless Tabular Data Package profile (the `datapackage`
// library, frictionlessdata's JavaScript implementation), and every CSV it lists is served and casts row by row
// against its Table Schema: types, required fields, allowed values, primary keys and foreign keys.
import { createRequire } from 'node:module';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as packageGet } from '../../src/pages/data/datapackage.json';
import { GET as tableGet } from '../../src/pages/data/[table].csv';
import { BOM } from '../../src/lib/format/csv';

// datapackage 1.1.10 is CommonJS without types.
const { Package, Resource } = createRequire(import.meta.url)('datapackage') as {
  Package: { load(d: unknown, o?: unknown): Promise<{ valid: boolean; errors: Error[] }> };
  Resource: {
    load(
      d: unknown,
    ): Promise<{ valid: boolean; errors: Error[]; read(o: unknown): Promise<Record<string, unknown>[]> }>;
  };
};

interface Res {
  name: string;
  path: string;
  rows: number;
  licenses?: { path: string }[];
  schema: {
    fields: { name: string }[];
    primaryKey: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}
const site = new URL('https://groundwork.example.org/');
let pkg: { resources: Res[]; version: string };
const csv = new Map<string, string[][]>();

beforeAll(async () => {
  pkg = await (await (packageGet as (c: unknown) => Response | Promise<Response>)({ site })).json();
  for (const r of pkg.resources) {
    const res = await (tableGet as (c: unknown) => Response | Promise<Response>)({ params: { table: r.name }, site });
    // Read the bytes: Response.text() would drop the byte-order mark.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.startsWith(BOM), `${r.path} starts with a byte-order mark`).toBe(true);
    // The library reads the BOM as part of the first header name, so it is removed before the rows are handed over.
    csv.set(r.name, Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data);
  }
}, 180_000);

describe('datapackage.json', () => {
  it('is a valid Tabular Data Package with a resource for every published CSV', async () => {
    const p = await Package.load(pkg);
    expect(p.errors.map(String)).toEqual([]);
    expect(p.valid).toBe(true);
    expect(pkg.resources.map((r) => r.path)).toEqual([
      'results.csv',
      'seats.csv',
      'regions.csv',
      'organisers.csv',
      'seat-sets.csv',
      'membership.csv',
      'context.csv',
      'lineage.csv',
      'notional-2019.csv',
    ]);
  });

  it("every resource is served with the schema's columns and the row count it states, and every row casts", async () => {
    for (const r of pkg.resources) {
      const data = csv.get(r.name)!;
      expect(data[0], r.name).toEqual(r.schema.fields.map((f) => f.name));
      expect(data.length - 1, r.name).toBe(r.rows);
      const { path: _path, ...inline } = r;
      const res = await Resource.load({ ...inline, data });
      expect(res.errors.map(String), r.name).toEqual([]);
      const rows = await res.read({ keyed: true, cast: true });
      expect(rows.length, r.name).toBe(r.rows);
    }
  }, 180_000);

  it('primary keys are unique and foreign keys resolve', () => {
    const keyed = (name: string, fields: string[]) => {
      const [head, ...rows] = csv.get(name)!;
      const idx = fields.map((f) => head!.indexOf(f));
      return rows.map((row) => idx.map((i) => row[i] ?? ''));
    };
    for (const r of pkg.resources) {
      const keys = keyed(r.name, r.schema.primaryKey).map((k) => k.join('|'));
      expect(new Set(keys).size, `${r.name} primary key`).toBe(keys.length);
      for (const fk of r.schema.foreignKeys ?? []) {
        const target = new Set(keyed(fk.reference.resource, fk.reference.fields).map((k) => k.join('|')));
        const missing = keyed(r.name, fk.fields)
          .filter((k) => k.every((v) => v !== ''))
          .map((k) => k.join('|'))
          .filter((k) => !target.has(k));
        expect(missing, `${r.name} -> ${fk.reference.resource}`).toEqual([]);
      }
    }
  });

  it('gives each resource its own licences: none claimed for hand-curated files, OPL and CC BY for results', () => {
    const lic = (n: string) => (pkg.resources.find((r) => r.name === n)!.licenses ?? []).map((l) => l.path);
    expect(lic('organisers')).toEqual([]);
    expect(lic('seats')).toEqual([
      'https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/',
      'https://creativecommons.org/licenses/by/4.0/',
    ]);
    expect(lic('lineage')).toEqual(['https://creativecommons.org/licenses/by/4.0/']);
  });
});
