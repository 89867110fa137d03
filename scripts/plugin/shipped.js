// What a plugin folder ships: main.js, package.json, then the rest (locales/…) in sorted order; never a
// pre-compressed copy (Headlamp >= 0.44 would serve a stale main.js.br) or a source map.
'use strict';
const fs = require('fs');
const path = require('path');

/** [{name, data}] with `/`-separated names relative to `dist`; throws when main.js or package.json is missing. */
function shippedFiles(dist) {
  const rest = [];
  (function walk(dir, prefix) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), rel);
      else if (!/\.(br|gz|map)$/.test(entry.name) && rel !== 'main.js' && rel !== 'package.json') rest.push(rel);
    }
  })(dist, '');
  return ['main.js', 'package.json', ...rest].map((name) => {
    const file = path.join(dist, name);
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: the plugin was not built`);
    return { name, data: fs.readFileSync(file) };
  });
}

module.exports = { shippedFiles };
