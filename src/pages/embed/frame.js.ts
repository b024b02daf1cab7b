// /embed/frame.js: the height reporter loaded by every embed page (src/client/embed-frame.ts), published as an ES5
// classic script (src/server/classic-script.ts).
import source from '../../client/embed-frame.ts?raw';
import { classicScript } from '../../server/classic-script';

export function GET(): Response {
  return classicScript(source);
}
