// Makes a fresh clone ready for `npm start` and `npm test`: installs the npm packages when
// package-lock.json changed since the last install, then builds the preview page if stale.
// `npm ci`, never `npm install`: it installs exactly what the lock says and never writes package-lock.json, so a
// clone's tracked files stay as committed and the next start finds the stamp current. The lock lists every
// platform's optional native builds (rollup, @swc/core, esbuild), so the same lock serves Linux, macOS and Windows.
// After changing package.json: `rm -rf node_modules && npm install`, and commit package-lock.json.
// The plugin's main.js is built by dotnet (the plugin project's MSBuild target), not here.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lockFile = path.join(repo, 'package-lock.json');
const stampFile = path.join(repo, 'node_modules', '.kmesh-install-stamp');

function run(command, args, hint) {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: repo, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`prepare: '${command} ${args.join(' ')}' failed (exit ${result.status ?? result.signal})${hint ? ': ' + hint : ''}`);
    process.exit(result.status ?? 1);
  }
}

const lockHash = () => createHash('sha256').update(readFileSync(lockFile)).digest('hex');
const before = lockHash();
if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== before) {
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'],
    'when package.json and package-lock.json disagree, run `rm -rf node_modules && npm install` and commit package-lock.json');
  if (lockHash() !== before) {
    console.error('prepare: the install rewrote package-lock.json; commit the lock that `npm install` writes');
    process.exit(1);
  }
  writeFileSync(stampFile, before);
} else {
  console.log('npm packages are up to date (node_modules)');
}
run(process.execPath, [path.join(repo, 'scripts', 'page', 'build-if-stale.mjs')]);
