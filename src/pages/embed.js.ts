// /embed.js: the resizer journalists put beside their embeds (src/client/embed-host.ts), published as an ES5 classic
// script (src/server/classic-script.ts). The URL and what the script does never change.
import source from '../client/embed-host.ts?raw';
import { classicScript } from '../server/classic-script';

export function GET(): Response {
  return classicScript(source);
}
