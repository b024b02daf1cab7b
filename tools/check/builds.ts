// Shared, cached test builds of the mini site (tools/check/mini-site.ts) from hostile data (tools/check/hostile.ts): two
// identical builds (reproducibility; the first clean, the second from the PNG cache the first filled), both under
// /groundwork/. The first also serves the sub-path checks and the hostile-data checks, so three properties cost two
// builds. The pair is rebuilt only when its inputs change; a lock makes parallel callers wait for one build.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withLock } from './lock';
import { HOSTILE_FIXTURE, hostileStrings } from './hostile-strings';
import { MINI_FIXTURE, miniCodes, writeMiniDerived } from './mini-site';
import { buildSite, prepareSiteCopy, REPO, SITE_INPUTS } from './site-copy';
import { treeHash } from './tree-hash';

const run = promisify(execFile);

export const CHECKS_DIR = join(tmpdir(), 'groundwork-checks');
export const SUBPATH = '/groundwork/';

export interface SiteBuild {
  /** The built site. */
  dist: string;
  /** The derived tables it was built from. */
  derived: string;
  /** Build time in ms (0 when reused from the cache). */
  ms: number;
  reused: boolean;
}

interface Variant {
  /** Extra environment for astro build. */
  env: Record<string, string>;
  /** Extra inputs (beyond the site's) that decide whether a cached build is stale. */
  inputs?: readonly string[];
}

function key(variant: Variant): string {
  // The test tooling in tools/check does not change what astro builds (the hostile data list what they need).
  const tooling = ['tools/check/site-copy.ts', 'tools/check/shift-clock.mjs', 'tools/check/mini-site.ts', MINI_FIXTURE];
  return treeHash(
    REPO,
    [...SITE_INPUTS, ...tooling, ...(variant.inputs ?? []), 'data/derived', 'package-lock.json'],
    JSON.stringify(variant.env),
    /^tools\/check\//,
  );
}

async function cached(
  name: string,
  variant: Variant,
  build: (dir: string) => Promise<number[]>,
): Promise<{ dir: string; ms: number[]; reused: boolean }> {
  mkdirSync(CHECKS_DIR, { recursive: true });
  const k = key(variant);
  const dir = join(CHECKS_DIR, `${name}-${k}`);
  const done = join(dir, 'done');
  const reuse = () => ({ dir, ms: (JSON.parse(readFileSync(done, 'utf8')) as { ms: number[] }).ms, reused: true });
  if (existsSync(done)) return reuse();
  return withLock(join(CHECKS_DIR, `${name}.lock`), async () => {
    if (existsSync(done)) return reuse();
    for (const old of readdirSync(CHECKS_DIR))
      if (old.startsWith(`${name}-`)) rmSync(join(CHECKS_DIR, old), { recursive: true, force: true });
    const ms = await build(dir);
    writeFileSync(done, JSON.stringify({ key: k, ms }));
    return { dir, ms, reused: false };
  });
}

/**
 * The declared build timestamp: both builds get the same SOURCE_DATE_EPOCH (the reproducible-builds convention,
 * honoured by src/data/changelog.ts buildDate()). 23:00 UTC, so a date formatted in local time shows up too.
 */
export const BUILD_EPOCH: Record<string, string> = { SOURCE_DATE_EPOCH: '1767308400' };

/**
 * The second build runs 400 days later by its clock and in a time zone 14 hours ahead of UTC, so output that depends
 * on the build date (other than through SOURCE_DATE_EPOCH) or on the machine's time zone shows up as a difference.
 */
export const SHIFTED_CLOCK: Record<string, string> = {
  ...BUILD_EPOCH,
  NODE_OPTIONS: `--import=${join(REPO, 'tools/check/shift-clock.mjs')}`,
  GROUNDWORK_CLOCK_SHIFT_MS: String(400 * 86_400_000),
  TZ: 'Pacific/Kiritimati',
};

const cachedPngs = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String) : [];

/** The hostile inputs: what the derived tables of the pair are made from besides the site's own inputs. */
const HOSTILE_INPUTS = [
  HOSTILE_FIXTURE,
  'tools/check/hostile.ts',
  'tools/check/hostile-strings.ts',
  'tools/check/temp-mirror.ts',
  'data/sources.json',
];

/**
 * The mini site's derived tables from hostile data, in `dir`/derived: the real pipeline on hostile copies of the
 * inputs (tools/check/hostile-data.ts, its own process), cut to the mini site's seats with the hostile seats among them.
 */
async function hostileMiniDerived(dir: string): Promise<string> {
  const full = join(dir, 'derived-full');
  try {
    await run(
      join(REPO, 'node_modules/.bin/tsx'),
      [join(REPO, 'tools/check/hostile-data.ts'), join(dir, 'work'), full],
      { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    throw new Error(
      `hostile pipeline run failed (exit ${err.code}):\n${err.stdout ?? ''}${err.stderr ?? ''}`.slice(0, 4000),
    );
  }
  rmSync(join(dir, 'work'), { recursive: true, force: true });
  const out = join(dir, 'derived');
  writeMiniDerived(
    full,
    out,
    miniCodes(
      full,
      hostileStrings().seats.map((s) => s.code),
    ),
  );
  rmSync(full, { recursive: true, force: true });
  return out;
}

/**
 * Two builds of exactly the same inputs, both under the sub-path /groundwork/ (so the sub-path checks use the first
 * and no third build is needed), from hostile data (so the hostile-data checks use the first too): a clean build, then
 * a build that takes every PNG (the social cards) from the cache the first filled, so the pair also shows that a
 * cached build equals a clean one. The second is built from a copy of the first build's project copy (so a file
 * edited in the repository meanwhile cannot differ), in another folder (so absolute paths in the output would show),
 * with a shifted clock and time zone (SHIFTED_CLOCK).
 */
export async function reproducibleBuilds(): Promise<[SiteBuild, SiteBuild]> {
  const base = { BASE_PATH: SUBPATH };
  const r = await cached('pair', { env: { ...base, ...SHIFTED_CLOCK }, inputs: HOSTILE_INPUTS }, async (dir) => {
    const a = join(dir, 'site-a');
    const b = join(dir, 'site-b');
    prepareSiteCopy(a, await hostileMiniDerived(dir));
    cpSync(a, b, { recursive: true, verbatimSymlinks: true });
    const pngs = { GROUNDWORK_PNG_CACHE: join(dir, 'png-cache') };
    rmSync(pngs.GROUNDWORK_PNG_CACHE, { recursive: true, force: true });
    const first = await buildSite(a, join(dir, 'dist-a'), { ...base, ...BUILD_EPOCH, ...pngs });
    const drawn = cachedPngs(pngs.GROUNDWORK_PNG_CACHE);
    const second = await buildSite(b, join(dir, 'dist-b'), { ...base, ...SHIFTED_CLOCK, ...pngs });
    const after = cachedPngs(pngs.GROUNDWORK_PNG_CACHE);
    if (drawn.length === 0 || after.length !== drawn.length)
      throw new Error(
        `the second build of the pair must take every PNG from the cache the first filled (${drawn.length} cached, ${after.length - drawn.length} drawn again)`,
      );
    return [first.ms, second.ms];
  });
  return [
    { dist: join(r.dir, 'dist-a'), derived: join(r.dir, 'derived'), ms: r.ms[0]!, reused: r.reused },
    { dist: join(r.dir, 'dist-b'), derived: join(r.dir, 'derived'), ms: r.ms[1]!, reused: r.reused },
  ];
}

/** The site built for /groundwork/: the first of the reproducibility pair. */
export async function subpathBuild(): Promise<SiteBuild> {
  return (await reproducibleBuilds())[0];
}

/** The mini site built from hostile data (see hostile.ts), with the hostile seats among its pages: the first of the pair. */
export async function hostileBuild(): Promise<SiteBuild> {
  return (await reproducibleBuilds())[0];
}

/** GROUNDWORK_SKIP_SITE_BUILDS=1 skips the checks that need their own site builds (reproducible, sub-path, hostile). */
export const SKIP_SITE_BUILDS = process.env.GROUNDWORK_SKIP_SITE_BUILDS === '1';

/** Every test build: the reproducible pair, which the sub-path and hostile-data checks share. */
export async function allTestBuilds(): Promise<void> {
  await reproducibleBuilds();
}
