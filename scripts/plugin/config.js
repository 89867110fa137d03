// Reads headlamp-plugin.config.js and derives what the build, install and package scripts share.
'use strict';
const fs = require('fs');
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

/** The plugin's languages: the folders of locales/ (each holding translation.json), English first. Headlamp's
 * code for Simplified Chinese is "zh" (its own lib/i18n/locales/zh; "zh-tw" is Traditional). */
const localesDir = path.join(root, 'locales');
function languages() {
  if (!fs.existsSync(localesDir)) return [];
  const found = fs.readdirSync(localesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(localesDir, e.name, 'translation.json')))
    .map((e) => e.name)
    .sort();
  return found.includes('en') ? ['en', ...found.filter((l) => l !== 'en')] : found;
}

/** The package.json Headlamp reads next to main.js: identity, version, the devDependency gate and, with
 * `headlamp.i18n`, the languages whose locales/<lng>/translation.json Headlamp loads from the plugin folder. */
function pluginPackageJson(config) {
  const i18n = languages();
  return {
    name: config.name,
    version: config.version,
    description: config.description,
    license: config.license,
    devDependencies: { '@kinvolk/headlamp-plugin': config.headlampPluginDependency },
    headlamp: Object.assign({ compatibility: config.headlampCompat, distroCompat: config.distroCompat }, i18n.length > 0 ? { i18n } : {}),
  };
}

const distDir = path.join(root, 'plugin-dist');

module.exports = { root, distDir, localesDir, languages, loadConfig, pluginPackageJson, archiveURL, rawFileURL };
