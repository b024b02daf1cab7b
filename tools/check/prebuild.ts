// CLI: builds the cached test sites (the reproducible pair from hostile data, which the sub-path and hostile-data
// checks share) before the tests ask for them; `npm test` runs it after the main build, with the type check beside it.
import { allTestBuilds } from './builds';

const t0 = Date.now();
try {
  await allTestBuilds();
  console.log(`test builds ready in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
} catch (e) {
  // The tests that need a build report the failure themselves (they try again and fail with this message).
  console.log(
    `a test build failed after ${((Date.now() - t0) / 1000).toFixed(0)} s: ${(e as Error).message.slice(0, 2000)}`,
  );
}
