// Reads headlamp-plugin.config.js and derives what the build, install and package scripts share.
'use strict';
const path = require('path');

const root = path.resolve(__dirname, '..', '..');

function loadConfig() {
  const config = require(path.join(root, 'headlamp-plugin.config.js'));
  for (const key of ['name', 'version', 'folder', 'headlampCompat', 'headlampPluginDependency', 'repositoryURL', 'archiveURL', 'rawURL']) {
    if (typeof config[key] !== 'string' || config[key].length === 0) {
      throw new Error(`headlamp-plugin.config.js: "${key}" must be a non-empty string`);
    }
  }
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(config.folder)) throw new Error('headlamp-plugin.config.js: "folder" must be a plain folder name');
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(config.version)) throw new Error('headlamp-plugin.config.js: "version" must be semver (x.y.z)');
  if (!/^https:\/\/[^/]+\/[^/]+\/[^/]+$/.test(config.repositoryURL)) {
    throw new Error('headlamp-plugin.config.js: "repositoryURL" must look like https://<host>/<owner>/<repo>');
  }
  return config;
}

/** Fills {repository}, {owner}, {repo}, {name} and {version} in a URL template from the config. */
function expand(config, template) {
  const [owner, repo] = config.repositoryURL.split('/').slice(-2);
  return template
    .replace(/\{repository\}/g, config.repositoryURL)
    .replace(/\{owner\}/g, owner)
    .replace(/\{repo\}/g, repo)
    .replace(/\{name\}/g, config.name)
    .replace(/\{version\}/g, config.version);
}

/** The release archive's download URL and the raw URL of a committed file, for this version. */
function archiveURL(config) { return expand(config, config.archiveURL); }
function rawFileURL(config, file) { return `${expand(config, config.rawURL)}/${file}`; }

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

module.exports = { root, distDir, loadConfig, pluginPackageJson, archiveURL, rawFileURL };
