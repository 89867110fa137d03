// The plugin's build and packaging settings. scripts/plugin/*.js read this file; nothing else holds these values.
module.exports = {
  // Headlamp's identity for the plugin (settings key, i18n namespace); also the release archive's name.
  name: 'kmesh-headlamp-plugin',
  version: '0.1.0',
  displayName: 'Kmesh',
  description: 'Kmesh service mesh for Headlamp: daemons per node, waypoints, eBPF maps and mesh health',
  license: 'Apache-2.0',
  // The folder the plugin lives in under Headlamp's plugins directory, and the archive's single top folder.
  folder: 'kmesh-headlamp-plugin',
  // Headlamp versions the plugin supports (semver range checked by the desktop installer).
  headlampCompat: '>=0.26.0',
  distroCompat: ['in-cluster', 'web', 'desktop', 'docker-desktop'],
  // Headlamp refuses to run a plugin whose package.json lacks this devDependency (>= 0.8.0).
  headlampPluginDependency: '^0.14.0',
  homeURL: 'https://github.com/kmesh-net/kmesh-headlamp-plugin',
  // {version} and {name} are filled in by `npm run package`.
  archiveURL: 'https://github.com/kmesh-net/kmesh-headlamp-plugin/releases/download/v{version}/{name}-{version}.tar.gz',
  keywords: ['kmesh', 'service mesh', 'ebpf', 'headlamp', 'kubernetes'],
  maintainers: [{ name: 'Kmesh maintainers', email: 'kmesh-dev@kmesh.net' }],
  links: [
    { name: 'Kmesh', url: 'https://kmesh.net' },
    { name: 'Kmesh documentation', url: 'https://kmesh.net/docs/welcome/' },
  ],
};
