// Vite plugin: the module `virtual:mdi-icons` registers every Material Design icon with Iconify.
// Headlamp's app bundles a subset of mdi icons (its own App/icons.ts, not part of the lib) and
// fetches any other icon from the Iconify web API; the preview runs without internet, so it bundles
// the whole set from @iconify/icons-mdi (a dependency of @kinvolk/headlamp-plugin) instead.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const VIRTUAL_ID = 'virtual:mdi-icons';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

export function readMdiCollection() {
  const folder = path.dirname(require.resolve('@iconify/icons-mdi/package.json'));
  const icons = {};
  for (const file of readdirSync(folder)) {
    if (!file.endsWith('.js')) continue;
    const { body, width, height } = require(path.join(folder, file)).default;
    icons[file.slice(0, -3)] = width === 24 && height === 24 ? { body } : { body, width, height };
  }
  return { prefix: 'mdi', width: 24, height: 24, icons };
}

export default function mdiIconsPlugin() {
  return {
    name: 'kmesh-preview-mdi-icons',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const collection = JSON.stringify(readMdiCollection());
      return `import { addCollection } from '@iconify/react';\naddCollection(${collection});\n`;
    },
  };
}
