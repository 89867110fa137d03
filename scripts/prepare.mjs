// Makes a fresh clone ready for `npm start` and `npm test`: installs the npm packages when
// package-lock.json changed since the last install, then builds the preview page if stale.
// `npm install` rather than `npm ci`: the lock cannot list the other platforms' optional native builds of
// rollup and @swc/core (the registry here does not serve them), and npm 11's `ci` rejects such a lock.
// The plugin's main.js is built by dotnet (the plugin project's MSBuild target), not here.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lockFile = path.join(repo, 'package-lock.json');
const stampFile = path.join(repo, 'node_modules', '.kmesh-install-stamp');

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: repo, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`prepare: '${command} ${args.join(' ')}' failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

const lockHash = createHash('sha256').update(readFileSync(lockFile)).digest('hex');
if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== lockHash) {
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  writeFileSync(stampFile, lockHash);
} else {
  console.log('npm packages are up to date (node_modules)');
}
run(process.execPath, [path.join(repo, 'scripts', 'page', 'build-if-stale.mjs')]);
