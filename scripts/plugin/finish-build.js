// Runs after the compiler wrote plugin-dist/main.js: writes plugin-dist/package.json from
// headlamp-plugin.config.js, copies locales/<lng>/translation.json beside it and prints the size figure (main.js bytes
// and gzip bytes).
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { distDir, localesDir, languages, loadConfig, pluginPackageJson } = require('./config');

const dist = process.argv[2] ? path.resolve(process.argv[2]) : distDir;
const config = loadConfig();
const mainJs = path.join(dist, 'main.js');
if (!fs.existsSync(mainJs)) {
  console.error(`finish-build: ${mainJs} does not exist (did the compiler run?)`);
  process.exit(1);
}
fs.writeFileSync(path.join(dist, 'package.json'), JSON.stringify(pluginPackageJson(config), null, 2) + '\n');
// Headlamp fetches <plugin folder>/locales/<lng>/translation.json for each language package.json lists.
fs.rmSync(path.join(dist, 'locales'), { recursive: true, force: true });
for (const lng of languages()) {
  fs.mkdirSync(path.join(dist, 'locales', lng), { recursive: true });
  fs.copyFileSync(path.join(localesDir, lng, 'translation.json'), path.join(dist, 'locales', lng, 'translation.json'));
}
// A stale pre-compressed copy would be served instead of main.js by Headlamp >= 0.44.
for (const stale of ['main.js.br', 'main.js.gz']) fs.rmSync(path.join(dist, stale), { force: true });
const bytes = fs.readFileSync(mainJs);
const gzip = zlib.gzipSync(bytes, { level: 9 }).length;
console.log(`${path.relative(process.cwd(), mainJs) || mainJs}: ${bytes.length} bytes, ${gzip} bytes gzip`);
