import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { claimSlugs, claimView } from '~/views/claims';
it('dump', () => {
  const out: string[] = [];
  for (const s of claimSlugs()) {
    const v = claimView(s) as any;
    out.push(`## ${s}`, `HEADLINE: ${v.headlineText}`);
    for (const f of v.figures) out.push(`FIG: ${f.label} | ${f.computed} | ${f.detail ?? ''}`);
    out.push(`VERDICT: ${JSON.stringify(v.verdict)}`);
  }
  writeFileSync(process.env.DUMP_OUT ?? '/tmp/s10/claims.txt', out.join('\n') + '\n');
}, 600000);
