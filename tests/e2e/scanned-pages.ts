// The pages pages.spec.ts opens and scans with axe as loaded: one page of each kind, found in dist/
// (tools/check/routes.ts), largest first. Other specs read from here which page states that scan already covers, so no
// page state is scanned twice, and a change of the representatives brings a skipped scan back where it was.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pagePath } from '../../tools/check/crawl';
import { isRedirect, representativePages, type PageKind } from '../../tools/check/routes';
import { REPO } from '../../tools/check/site-copy';

const DIST = join(REPO, 'dist');
const bySize = (file: string) => statSync(join(DIST, file)).size;

/**
 * One page of each kind, largest first: the scans of the biggest pages take longest, and a long one started last keeps
 * the run waiting. Empty when dist/ has no site (pages.spec.ts then fails its "pages of several kinds" test).
 */
export const REPRESENTATIVE_PAGES: PageKind[] = existsSync(join(DIST, 'index.html'))
  ? representativePages(DIST, join(REPO, 'data/derived')).sort((a, b) => bySize(b.file) - bySize(a.file))
  : [];

/** Does pages.spec.ts scan this dist file with axe as loaded? (Not the home page, which home.spec.ts scans, nor a redirect.) */
export const scansAsLoaded = (file: string): boolean => file !== 'index.html' && !isRedirect(DIST, file);

const SCANNED = new Set(REPRESENTATIVE_PAGES.filter((p) => scansAsLoaded(p.file)).map((p) => pagePath(p.file, '/')));

/** Does pages.spec.ts scan the page at this URL path with axe as loaded? */
export const scannedAsLoaded = (path: string): boolean => SCANNED.has(path);
