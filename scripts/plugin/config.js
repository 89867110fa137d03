// Reads headlamp-plugin.config.js and derives what the build, install and package scripts share.
'use strict';
const path = require('path');

const root = path.resolve(__dirname, '..', '..');

function loadConfig() {
  const config = require(path.join(root, 'headlamp-plugin.config.js'));
  for (const key of ['name', 'version', 'folder', 'headlampCompat', 'headlampPluginDependency']) {
    if (typeof config[key] !== 'string' || config[key].length === 0) {
      throw new Error(`headlamp-plugin.config.js: "${key}" must be a non-empty string`);
    }
  }
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(config.folder)) throw new Error('headlamp-plugin.config.js: "folder" must be a plain folder name');
  return config;
}

/** The package.json Headlamp reads next to main.js: identity, version and the devDependency gate. */
function pluginPackageJson(config) {
  return {
    name: config.name,
    version: config.version,
    description: config.description,
    license: config.license,
    devDependencies: { '@kinvolk/headlamp-plugin': config.headlampPluginDependency },
    headlamp: { compatibility: config.headlampCompat, distroCompat: config.distroCompat },
  };
}

const distDir = path.join(root, 'plugin-dist');

module.exports = { root, distDir, loadConfig, pluginPackageJson };
