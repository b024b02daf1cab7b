// Two builds from the same inputs are byte-identical apart from the declared build timestamp: both get the same
// SOURCE_DATE_EPOCH, and the second runs with its clock 400 days ahead in a UTC+14 time zone (see tools/check/builds.ts),
// so any other dependence on the build date or time zone shows up as a difference. The first is a clean build and the
// second takes every PNG from the cache the first filled, so a cached build equals a clean one. Both are built for
// /groundwork/, and the first is the one tests/build/subpath.test.ts checks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reproducibleBuilds, SKIP_SITE_BUILDS, type SiteBuild } from '../../tools/check/builds';
import { listFiles } from '../../tools/check/crawl';

/**
 * Content allowed to differ even so: a page may also declare the build time with
 * <meta name="groundwork:built-at" content="..."> or a JSON field "builtAt" (none does today).
 */
const DECLARED_TIMESTAMP = [/(<meta name="groundwork:built-at" content=")[^"]*(")/g, /("builtAt":\s*")[^"]*(")/g];
const normalise = (s: string) => DECLARED_TIMESTAMP.reduce((t, re) => t.replace(re, '$1…$2'), s);

let a: SiteBuild;
let b: SiteBuild;

describe.skipIf(SKIP_SITE_BUILDS)('(own site build; GROUNDWORK_SKIP_SITE_BUILDS=1 skips it)', () => {
  beforeAll(async () => {
    [a, b] = await reproducibleBuilds();
    console.log(
      `reproducible: builds took ${(a.ms / 1000).toFixed(0)} s and ${(b.ms / 1000).toFixed(0)} s${a.reused ? ' (reused from the cache; inputs unchanged)' : ''}`,
    );
  }, 3_600_000);

  describe('reproducible builds', () => {
    it('produce the same files', () => {
      expect(listFiles(b.dist)).toEqual(listFiles(a.dist));
    });

    it('with the same bytes (apart from a declared build timestamp)', () => {
      const differ: string[] = [];
      for (const f of listFiles(a.dist)) {
        const x = readFileSync(join(a.dist, f));
        const y = readFileSync(join(b.dist, f));
        if (x.equals(y)) continue;
        if (
          /\.(html|json|xml|txt|svg|js|css|csv)$/.test(f) &&
          normalise(x.toString('utf8')) === normalise(y.toString('utf8'))
        )
          continue;
        differ.push(f);
      }
      expect(differ.slice(0, 30)).toEqual([]);
    }, 300_000);
  });
});
