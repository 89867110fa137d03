// Vite plugin: writes the whole Material Design icon set (from @iconify/icons-mdi, a dependency of
// @kinvolk/headlamp-plugin) to iconify/mdi.json in the build, in the shape the Iconify web API
// answers. Headlamp's app bundles a few mdi icons (its App/icons.ts, not part of the lib) and fetches
// every other icon from api.iconify.design; the preview runs offline, so src/localIconifyApi.js points
// Iconify at this file instead. Serving it as a file keeps ~4.8 MB of icon data out of the JS bundle.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
export const MDI_FILE = 'iconify/mdi.json';

export function readMdiCollection() {
  const folder = path.dirname(require.resolve('@iconify/icons-mdi/package.json'));
  const icons = {};
  for (const file of readdirSync(folder).sort()) {
    if (!file.endsWith('.js')) continue;
    const { body, width, height } = require(path.join(folder, file)).default;
    icons[file.slice(0, -3)] = width === 24 && height === 24 ? { body } : { body, width, height };
  }
  return { prefix: 'mdi', width: 24, height: 24, icons };
}

export default function mdiIconsPlugin() {
  let source = null;
  const collectionJson = () => (source ??= JSON.stringify(readMdiCollection()));
  return {
    name: 'kmesh-preview-mdi-icons',
    configureServer(server) {
      server.middlewares.use(`/${MDI_FILE}`, (_request, response) => {
        response.setHeader('content-type', 'application/json');
        response.end(collectionJson());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: MDI_FILE, source: collectionJson() });
    },
  };
}
