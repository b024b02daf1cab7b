// CLI: `tsx tools/check/hostile-data.ts <work dir> <derived out dir>` builds the hostile derived tables (see hostile.ts).
import { buildHostileDerived } from './hostile';

const [work, out] = process.argv.slice(2);
if (!work || !out) {
  console.error('usage: tsx tools/check/hostile-data.ts <work dir> <derived out dir>');
  process.exit(2);
}
await buildHostileDerived(work, out);
