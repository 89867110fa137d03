// Installs the release archive with Headlamp's own installer, @headlamp-k8s/pluginctl (PluginManager.install: Artifact
// Hub package API -> archive-url -> sha256 -> version-compat -> extract with one folder stripped), with both of its
// network fetches answered by a local server on 127.0.0.1, then loads the installed main.js the two ways Headlamp
// has run plugins. Prints one JSON report on stdout for the test to assert on.
// Usage: node pluginctl-install.js <artifacthub-pkg.yml> <archive.tar.gz> <fake-pluginlib.js> <work dir>
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const vm = require('vm');

const [metadataFile, archiveFile, fakePluginLibFile, workDir] = process.argv.slice(2);
// The installer logs its progress with console.log: keep stdout for the report.
console.log = (...args) => console.error(...args);
const pluginctlDir = path.dirname(require.resolve('@headlamp-k8s/pluginctl'));
const { PluginManager } = require('@headlamp-k8s/pluginctl');
const yaml = require(require.resolve('js-yaml', { paths: [pluginctlDir] }));

const metadata = yaml.load(fs.readFileSync(metadataFile, 'utf8'));
const archive = fs.readFileSync(archiveFile);
const REPO = 'kmesh';
const packageURL = `https://artifacthub.io/packages/headlamp/${REPO}/${metadata.name}`;

// What Artifact Hub's package API answers for a "headlamp" package: the metadata's annotations become `data`.
const packageApiAnswer = {
  name: metadata.name,
  version: metadata.version,
  display_name: metadata.displayName,
  data: metadata.annotations,
  repository: { name: REPO, user_alias: 'kmesh-maintainers' },
  available_versions: [{ version: metadata.version }],
};

const requests = [];
let servedArchive = archive;
const server = http.createServer((req, res) => {
  requests.push(req.url);
  if (req.url === `/artifacthub/api/v1/packages/headlamp/${REPO}/${metadata.name}`) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(packageApiAnswer));
    return;
  }
  const archivePath = '/github' + new URL(metadata.annotations['headlamp/plugin/archive-url']).pathname;
  if (req.url === archivePath) {
    res.writeHead(200, { 'content-type': 'application/gzip' });
    res.end(servedArchive);
    return;
  }
  res.writeHead(404);
  res.end();
});

const realFetch = globalThis.fetch;
function routeFetches(port) {
  // Only the two hosts the installer talks to, sent to the local server; anything else fails (no network).
  globalThis.fetch = (url, ...rest) => {
    const u = String(url);
    if (u.startsWith('https://artifacthub.io/')) return realFetch(`http://127.0.0.1:${port}/artifacthub/${u.slice('https://artifacthub.io/'.length)}`, ...rest);
    if (u.startsWith('https://github.com/')) return realFetch(`http://127.0.0.1:${port}/github/${u.slice('https://github.com/'.length)}`, ...rest);
    return Promise.reject(new Error(`unexpected fetch of ${u}`));
  };
}

async function install(headlampVersion, dir) {
  try {
    await PluginManager.install(packageURL, dir, headlampVersion);
    const folder = path.join(dir, metadata.name);
    return {
      headlampVersion,
      ok: true,
      files: fs.readdirSync(folder).sort(),
      packageJson: JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')),
      mainJs: fs.readFileSync(path.join(folder, 'main.js'), 'utf8'),
      listed: PluginManager.list(dir).map((p) => p.pluginName),
    };
  } catch (e) {
    return { headlampVersion, ok: false, error: e.message };
  }
}

/** Runs main.js against the fake pluginLib in a fresh context, the way one Headlamp version runs plugins. */
function load(mainJs, how) {
  const context = vm.createContext({ console, setTimeout, clearTimeout, Promise });
  vm.runInContext(fs.readFileSync(fakePluginLibFile, 'utf8'), context);
  context.__mainJs = mainJs;
  // Headlamp >= 0.34: the body of a parameterless Function (sloppy, this = globalThis).
  // Headlamp <= 0.33: direct eval inside a module function (strict mode, this = {}).
  const loader = how === 'function'
    ? 'new Function(__mainJs)();'
    : '(function () { "use strict"; eval(__mainJs); }).call({});';
  try {
    vm.runInContext(loader, context);
  } catch (e) {
    return { ok: false, error: String(e && e.stack || e) };
  }
  const r = context.__harness.registrations;
  return {
    ok: true,
    sidebar: r.sidebar.map((e) => e.name),
    routes: r.routes.map((x) => x.name),
  };
}

(async () => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  routeFetches(server.address().port);
  fs.mkdirSync(workDir, { recursive: true });
  const report = { installs: [], loaders: {} };

  for (const version of ['0.42.0', '0.45.0', '0.41.0', '0.26.0']) {
    report.installs.push(await install(version, path.join(workDir, `headlamp-${version}`)));
  }
  // The same archive with one byte changed must be refused by the checksum check.
  servedArchive = Buffer.from(archive);
  servedArchive[servedArchive.length - 1] ^= 0xff;
  report.tampered = await install('0.42.0', path.join(workDir, 'tampered'));
  servedArchive = archive;

  const installed = report.installs.find((i) => i.ok);
  if (installed) {
    report.loaders.function = load(installed.mainJs, 'function');
    report.loaders.strictEval = load(installed.mainJs, 'strict-eval');
  }
  for (const i of [...report.installs, report.tampered]) delete i.mainJs;
  report.requests = requests;
  server.close();
  process.stdout.write(JSON.stringify(report));
})().catch((e) => {
  console.error(e && e.stack || e);
  process.exit(1);
});
