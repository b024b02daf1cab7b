// The wait of src/data/ready.ts: a build whose data step runs beside it reads no derived table before the data step
// has said "ok", and stops when it says anything else.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { dataStepDone } from '../../../src/data/ready';

const dir = mkdtempSync(join(tmpdir(), 'groundwork-ready-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('waits until the status file is written, then resolves on "ok"', async () => {
  const file = join(dir, 'ok');
  let done = false;
  const waiting = dataStepDone(file, 5).then(() => (done = true));
  await new Promise((r) => setTimeout(r, 40));
  expect(done).toBe(false);
  writeFileSync(file, 'ok\n');
  await waiting;
  expect(done).toBe(true);
});

it('rejects, naming the status, when the data step failed', async () => {
  const file = join(dir, 'failed');
  writeFileSync(file, 'exit code 1');
  await expect(dataStepDone(file, 5)).rejects.toThrow(
    'the data step beside this build failed (exit code 1): no page was built',
  );
});

it('stops waiting when the build that runs the data step has gone', async () => {
  await expect(dataStepDone(join(dir, 'never'), 5, () => false)).rejects.toThrow(
    'the build that runs the data step stopped before the data was ready',
  );
});
