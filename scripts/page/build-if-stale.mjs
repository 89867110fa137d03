// npm run build:page:if-stale — rebuilds the preview page only when its inputs changed since the last
// build: the page's sources (src/Preview/page, without dist) and package-lock.json. The inputs' hash
// is kept in dist/.build-inputs; a fresh clone or any edit triggers `vite build`.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const pageDir = path.join(repo, 'src', 'Preview', 'page');
const distDir = path.join(pageDir, 'dist');
const stampFile = path.join(distDir, '.build-inputs');

function listFiles(folder) {
  return readdirSync(folder, { withFileTypes: true })
    .filter(entry => !(folder === pageDir && entry.name === 'dist'))
    .flatMap(entry => {
      const full = path.join(folder, entry.name);
      return entry.isDirectory() ? listFiles(full) : [full];
    })
    .sort();
}

export function hashInputs() {
  const hash = createHash('sha256');
  for (const file of [...listFiles(pageDir), path.join(repo, 'package-lock.json')]) {
    hash.update(path.relative(repo, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const inputs = hashInputs();
if (existsSync(path.join(distDir, 'index.html')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === inputs) {
  console.log('preview page is up to date (src/Preview/page/dist)');
  process.exit(0);
}
const vite = path.join(repo, 'node_modules', 'vite', 'bin', 'vite.js');
const build = spawnSync(process.execPath, [vite, 'build', '--config', path.join(pageDir, 'vite.config.mjs')], {
  cwd: repo,
  stdio: 'inherit',
});
if (build.status !== 0) {
  process.exit(build.status ?? 1);
}
writeFileSync(stampFile, inputs);
