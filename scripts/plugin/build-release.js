// The one Release (minified) build of the plugin: `npm run build`, `npm run package`, `npm run install-plugin` and
// `npm start` all come through here, so what is shipped is never the readable Debug main.js that `npm test` leaves
// in plugin-dist/. Usage: node scripts/plugin/build-release.js [--dist <dir>] (default plugin-dist).
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { root, distDir } = require('./config');

/** Builds the plugin with -c Release into `outDir` (main.js, package.json) and returns the folder. */
function buildRelease(outDir = distDir) {
  const dir = path.resolve(outDir);
  fs.mkdirSync(dir, { recursive: true });
  const mainJs = path.join(dir, 'main.js');
  // A main.js that survives a failed build must not look like this build's output.
  fs.rmSync(mainJs, { force: true });
  const args = ['build', path.join('src', 'Plugin', 'Kmesh.Plugin.csproj'), '-c', 'Release', '--nologo', '-v', 'quiet',
    '-nodeReuse:false', `-p:JsOutputDir=${dir}${path.sep}`];
  console.log(`> dotnet ${args.join(' ')}`);
  const result = spawnSync('dotnet', args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`the Release build failed (dotnet exit ${result.status ?? result.signal})`);
  if (!fs.existsSync(mainJs) || !fs.existsSync(path.join(dir, 'package.json'))) {
    throw new Error(`the Release build did not write ${mainJs} and package.json`);
  }
  return dir;
}

if (require.main === module) {
  try {
    const i = process.argv.indexOf('--dist');
    buildRelease(i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : distDir);
  } catch (e) {
    console.error(`build: ${e.message}`);
    process.exit(1);
  }
}

module.exports = { buildRelease };
