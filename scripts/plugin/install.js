// npm run install-plugin: copies plugin-dist/{main.js,package.json} into Headlamp's desktop plugins folder
// for this OS (HEADLAMP_PLUGINS_DIR overrides it) and says where. Option: --dist <dir> (default plugin-dist).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { distDir, loadConfig } = require('./config');

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
  const i = process.argv.indexOf('--dist');
  const dist = i >= 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : distDir;
  const files = ['main.js', 'package.json'];
  for (const file of files) {
    if (!fs.existsSync(path.join(dist, file))) {
      throw new Error(`${path.join(dist, file)} is missing: build the plugin first (npm run build)`);
    }
  }
  const target = path.join(defaultPluginsDir(process.platform, process.env, os.homedir()), config.folder);
  fs.mkdirSync(target, { recursive: true });
  for (const file of files) fs.copyFileSync(path.join(dist, file), path.join(target, file));
  console.log(`Installed ${config.name} ${config.version} into ${target}`);
  console.log('Restart Headlamp (or reload its window) to load it.');
}

if (require.main === module) {
  try { install(); } catch (e) { console.error(`install-plugin: ${e.message}`); process.exit(1); }
}

module.exports = { defaultPluginsDir };
