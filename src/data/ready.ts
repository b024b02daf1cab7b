// The wait before the first read of data/derived. `npm run build` runs the data step beside Astro's bundling
// (tools/build.ts) and names a status file in GROUNDWORK_DATA_PENDING; the build's pages then wait here until the data
// step has written it: "ok" when data/derived is complete, anything else when the data step failed. Without the
// variable (a plain `astro build`, the tests, the dev server) nothing waits.
import { existsSync, readFileSync } from 'node:fs';
import { processAlive } from '../server/process-alive';

/** Is the process `GROUNDWORK_BUILD_PID` names (tools/build.ts, which writes the status file) still running? */
function buildAlive(): boolean {
  const pid = Number(process.env.GROUNDWORK_BUILD_PID);
  if (!Number.isInteger(pid) || pid <= 0) return true;
  return processAlive(pid);
}

/**
 * Resolves once the status file says the data step finished; rejects when it says it failed, or when the build that
 * runs the data step has stopped without saying (`starterAlive`).
 */
export async function dataStepDone(statusFile: string, pollMs = 25, starterAlive = buildAlive): Promise<void> {
  while (!existsSync(statusFile)) {
    if (!starterAlive()) throw new Error('the build that runs the data step stopped before the data was ready');
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  const status = readFileSync(statusFile, 'utf8').trim();
  if (status !== 'ok') throw new Error(`the data step beside this build failed (${status}): no page was built`);
}

const pending = process.env.GROUNDWORK_DATA_PENDING;
if (pending) await dataStepDone(pending);
