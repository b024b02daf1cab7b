// The build stamps that `npm run build` and `npm test` share: a stamped step is current until an input, an environment
// variable it names or its output folder changes.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { stampStep, stepIsCurrent, type BuildStep } from '../../../tools/check/build-stamps';

const root = mkdtempSync(join(tmpdir(), 'groundwork-stamps-'));
const saved = process.env.GROUNDWORK_STAMP_PROBE;
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  if (saved === undefined) delete process.env.GROUNDWORK_STAMP_PROBE;
  else process.env.GROUNDWORK_STAMP_PROBE = saved;
});
const step: BuildStep = { name: 'site', inputs: ['src'], env: ['GROUNDWORK_STAMP_PROBE'], output: 'dist' };

it('a stamped step is current until an input, a named environment variable or its output changes', () => {
  delete process.env.GROUNDWORK_STAMP_PROBE;
  mkdirSync(join(root, 'src'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'src/page.ts'), 'a');
  writeFileSync(join(root, 'dist/index.html'), '<p>a</p>');
  expect(stepIsCurrent(step, root)).toBeNull();
  stampStep(step, undefined, root);
  expect(stepIsCurrent(step, root)).toMatch(/^[0-9a-f]{16}$/);

  writeFileSync(join(root, 'src/page.ts'), 'b');
  expect(stepIsCurrent(step, root)).toBeNull();
  stampStep(step, undefined, root);

  process.env.GROUNDWORK_STAMP_PROBE = '1';
  expect(stepIsCurrent(step, root)).toBeNull();
  delete process.env.GROUNDWORK_STAMP_PROBE;
  expect(stepIsCurrent(step, root)).not.toBeNull();

  utimesSync(join(root, 'dist/index.html'), new Date(2001, 0, 1), new Date(2001, 0, 1));
  expect(stepIsCurrent(step, root)).toBeNull();
});
