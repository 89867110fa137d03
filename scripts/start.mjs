// npm start [-- --scenario <name>] [--port <n>]: prepares the clone, builds the plugin's main.js with
// dotnet, then serves the preview (simulated Kmesh cluster + Headlamp page) on 127.0.0.1.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const previewArgs = process.argv.slice(2);

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: repo, stdio: 'inherit' });
  if (result.status !== 0) {
    process.exit(result.status ?? 1);
  }
}

run(process.execPath, [path.join(repo, 'scripts', 'prepare.mjs')]);
run(process.execPath, [path.join(repo, 'scripts', 'plugin', 'build-release.js')]);
run('dotnet', ['run', '--project', 'src/Preview/Kmesh.Preview.csproj', '-c', 'Release', '--no-launch-profile', '--', ...previewArgs]);
