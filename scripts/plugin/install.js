// npm run install-plugin: builds the Release (minified) plugin into artifacts/release/<folder> and copies its
// main.js and package.json into Headlamp's desktop plugins folder for this OS (HEADLAMP_PLUGINS_DIR overrides it),
// and says where. Option: --prebuilt <dir> installs an already built folder instead (the scripts' own tests).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { root, loadConfig } = require('./config');
const { buildRelease } = require('./build-release');
const { shippedFiles } = require('./shipped');

function defaultPluginsDir(platform, env, home) {
  if (env.HEADLAMP_PLUGINS_DIR) return path.resolve(env.HEADLAMP_PLUGINS_DIR);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Headlamp', 'plugins');
  if (platform === 'win32') {
    const appData = env.APPDATA || path.join(home, 'AppData', 'Roaming');
    return path.join(appData, 'Headlamp', 'Config', 'plugins');
  }
  const configHome = env.XDG_CONFIG_HOME || path.join(home, '.config');
  return path.join(configHome, 'Headlamp', 'plugins');
}

function install() {
  const config = loadConfig();
  const i = process.argv.indexOf('--prebuilt');
  const dist = i >= 0 && process.argv[i + 1]
    ? path.resolve(process.argv[i + 1])
    : buildRelease(path.join(root, 'artifacts', 'release', config.folder));
  const files = shippedFiles(dist);
  const target = path.join(defaultPluginsDir(process.platform, process.env, os.homedir()), config.folder);
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(target, file.name)), { recursive: true });
    fs.writeFileSync(path.join(target, file.name), file.data);
  }
  console.log(`Installed ${config.name} ${config.version} into ${target}`);
  console.log('Restart Headlamp (or reload its window) to load it.');
}

if (require.main === module) {
  try { install(); } catch (e) { console.error(`install-plugin: ${e.message}`); process.exit(1); }
}

module.exports = { defaultPluginsDir };
