// SeatSearch rendered to HTML by Astro's container, loaded through Astro's own Vite setup: used by the component
// test and the dev harness (tools/dev/seat-search-harness.ts), which also serves the page through the same Vite.
import { getViteConfig } from 'astro/config';
import { experimental_AstroContainer } from 'astro/container';
import { createServer, type InlineConfig, type ViteDevServer } from 'vite';

export interface SeatSearchRenderer {
  vite: ViteDevServer;
  render: (props: Record<string, unknown>) => Promise<string>;
}

export async function seatSearchRenderer(mode: string, cacheDir: string): Promise<SeatSearchRenderer> {
  const astroVite = getViteConfig({}, { telemetry: false } as never) as unknown as (env: {
    command: 'serve';
    mode: string;
  }) => Promise<InlineConfig>;
  const config = await astroVite({ command: 'serve', mode });
  const vite = await createServer({
    ...config,
    configFile: false,
    cacheDir,
    logLevel: 'error',
    appType: 'custom',
    // No file watcher: nothing here reloads, and watching the project root walked every file of dist/ and data/
    // (most of the renderer's start-up time).
    server: { middlewareMode: true, hmr: false, watch: null },
  });
  const component = (await vite.ssrLoadModule('/src/components/SeatSearch.astro')).default;
  const container = await experimental_AstroContainer.create();
  return { vite, render: (props) => container.renderToString(component, { props }) };
}
