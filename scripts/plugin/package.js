// npm run package: builds the Release (minified) plugin, writes <name>-<version>.tar.gz (one top folder with
// main.js, package.json and locales/ when present) and its .sha256 file, and regenerates the Artifact Hub metadata
// (artifacthub-pkg.yml and the versioned artifacthub/ folder) with that checksum. One command, so the three agree.
// The archive is reproducible: fixed entry order, owner and mtime (the release date from CHANGELOG.md).
// Options: --out <dir>            the build folder and the archive (default artifacts/release)
//          --metadata-root <dir>  where the Artifact Hub files are written (default the repository root)
//          --check                write no metadata; fail when the committed files differ from what this build gives
//          --prebuilt <dir>       package an already built folder instead of building (the scripts' own tests)
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { root, loadConfig } = require('./config');
const { tarFolder } = require('./tar');
const { readRelease } = require('./changelog');
const { artifactHubFiles } = require('./artifacthub');
const { buildRelease } = require('./build-release');
const { shippedFiles } = require('./shipped');

const REGENERATE = 'npm run package';

function option(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : null;
}

function packagePlugin() {
  const config = loadConfig();
  const release = readRelease(path.join(root, 'CHANGELOG.md'), config.version);
  const outDir = option('--out') || path.join(root, 'artifacts', 'release');
  const metadataRoot = option('--metadata-root') || root;
  const check = process.argv.includes('--check');

  const dist = option('--prebuilt') || buildRelease(path.join(outDir, config.folder));
  const files = shippedFiles(dist);
  const pkg = JSON.parse(files[1].data.toString('utf8'));
  if (pkg.name !== config.name || pkg.version !== config.version) {
    throw new Error(`${path.join(dist, 'package.json')} says ${pkg.name}@${pkg.version} but headlamp-plugin.config.js says ${config.name}@${config.version}: rebuild`);
  }
  const mtime = Math.floor(Date.parse(`${release.date}T00:00:00Z`) / 1000);
  const archive = zlib.gzipSync(tarFolder(config.folder, files, mtime), { level: 9 });
  const checksum = crypto.createHash('sha256').update(archive).digest('hex');
  const archiveName = `${config.name}-${config.version}.tar.gz`;
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, archiveName), archive);
  fs.writeFileSync(path.join(outDir, `${archiveName}.sha256`), `${checksum}  ${archiveName}\n`);
  console.log(`Wrote ${path.join(outDir, archiveName)} (${archive.length} bytes; main.js ${files[0].data.length} bytes)`);
  console.log(`sha256: ${checksum}`);

  const generated = artifactHubFiles(config, release, checksum, root);
  if (check) {
    const stale = Object.entries(generated)
      .filter(([rel, text]) => !fs.existsSync(path.join(metadataRoot, rel)) || fs.readFileSync(path.join(metadataRoot, rel), 'utf8') !== text)
      .map(([rel]) => rel);
    if (stale.length > 0) {
      throw new Error(`the committed Artifact Hub metadata differs from this build (${stale.join(', ')}): run \`${REGENERATE}\` and commit the result`);
    }
    console.log('The committed Artifact Hub metadata matches this build.');
    return;
  }
  for (const [rel, text] of Object.entries(generated)) {
    const file = path.join(metadataRoot, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    console.log(`Updated ${file}`);
  }
}

if (require.main === module) {
  try { packagePlugin(); } catch (e) { console.error(`package: ${e.message}`); process.exit(1); }
}
