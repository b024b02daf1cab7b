// Schema of data/derived/method.json: the comparison method's revision (src/lib/compare/method.ts), hashed into the
// data version.
import { z } from 'zod';

export const comparisonMethodSchema = z.object({ revision: z.string().min(1), summary: z.string().min(1) });
