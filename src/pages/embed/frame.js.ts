// /embed/frame.js: the height reporter loaded by every embed page.
import { FRAME_SCRIPT } from '../../client/frame-script';

export function GET(): Response {
  return new Response(FRAME_SCRIPT, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
