// The plugin's build and packaging settings. scripts/plugin/*.js read this file; nothing else holds these values.
// After changing anything here, run `npm run package`: it regenerates artifacthub-pkg.yml and the versioned
// Artifact Hub folder (the tests fail while the committed metadata differs from what the build produces).
module.exports = {
  // Headlamp's identity for the plugin (settings key, i18n namespace); also the release archive's name.
  name: 'kmesh-headlamp-plugin',
  // The release notes of this version are read from CHANGELOG.md ("## [<version>] - <date>").
  version: '0.2.0',
  displayName: 'Kmesh',
  description: 'Kmesh service mesh for Headlamp: daemons per node, waypoints, eBPF maps and mesh health',
  license: 'Apache-2.0',
  // The folder the plugin lives in under Headlamp's plugins directory, and the archive's single top folder.
  folder: 'kmesh-headlamp-plugin',
  // Headlamp versions the plugin supports (semver range checked by Headlamp's installer): the versions whose
  // frontend library the tests run the plugin against (@kinvolk/headlamp-plugin 0.14.0 = Headlamp 0.42).
  headlampCompat: '>=0.42.0',
  distroCompat: ['in-cluster', 'web', 'desktop', 'docker-desktop'],
  // Headlamp refuses to run a plugin whose package.json lacks this devDependency (>= 0.8.0).
  headlampPluginDependency: '^0.14.0',

  // Where the project lives. The release archive URL, the raw-file URLs of the logo and screenshots, and the
  // source/issues links are derived from it; a fork changes this one line (or overrides archiveURL/rawURL).
  repositoryURL: 'https://github.com/kmesh-net/kmesh-headlamp-plugin',
  // Templates: {repository} (repositoryURL), {owner}/{repo} (its last two segments), {name}, {version}.
  archiveURL: '{repository}/releases/download/v{version}/{name}-{version}.tar.gz',
  // Files of the tagged release as served raw (the logo and the screenshots below are committed files).
  rawURL: 'https://raw.githubusercontent.com/{owner}/{repo}/v{version}',
  logo: 'docs/logo.svg',
  // Taken by the browser tests (tests/EndToEnd.Tests write artifacts/screenshots/<scenario>-<view>.png) and committed
  // under docs/screenshots; the tests check each is a committed PNG at the path its URL names.
  screenshots: [
    { title: 'Overview: daemons, versions, enrollment, waypoints and IPsec at a glance', file: 'docs/screenshots/overview.png' },
    { title: 'Nodes: one row per node with its Kmesh daemon', file: 'docs/screenshots/nodes.png' },
    { title: "A node's page: its daemon and what the daemon's admin API reports", file: 'docs/screenshots/node-detail.png' },
    { title: 'Waypoints: istio-waypoint Gateways, their status and their users', file: 'docs/screenshots/waypoints.png' },
    { title: 'eBPF maps of one node, searchable and paged', file: 'docs/screenshots/bpf-maps.png' },
    { title: 'Without pods/exec: the view names the missing permission', file: 'docs/screenshots/bpf-maps-forbidden.png' },
    { title: "Explain this pod: on Headlamp's Pod page, why an enrolled pod is not managed", file: 'docs/screenshots/pod-explained.png' },
    { title: "A workload's traffic from its node's daemon, with the rates chart", file: 'docs/screenshots/workload-traffic.png' },
    { title: 'Authorization policies with their rules decoded and the workloads they apply to', file: 'docs/screenshots/policies.png' },
    { title: "A crash-looping daemon named on its node's page, with the reason", file: 'docs/screenshots/node-diagnosis.png' },
    { title: "The mesh on Headlamp's map: namespace, waypoint, services and pods", file: 'docs/screenshots/map.png' },
    { title: 'Kernel-native mode: the xDS config next to what the daemon read back from BPF', file: 'docs/screenshots/kernel-native-compare.png' },
    { title: "Headlamp's View YAML on a Kmesh node's daemon pod", file: 'docs/screenshots/view-yaml.png' },
  ],
  // Artifact Hub's package page (README of the versioned folder) and the repository file that sits above it.
  artifactHubReadme: 'docs/artifacthub-readme.md',
  artifactHubDir: 'artifacthub',
  artifactHubOwners: [{ name: 'Kmesh maintainers', email: 'kmesh-dev@kmesh.net' }],
  category: 'networking',
  keywords: ['kmesh', 'service mesh', 'ebpf', 'sidecarless', 'waypoint', 'istio', 'networking', 'headlamp', 'kubernetes'],
  maintainers: [{ name: 'Kmesh maintainers', email: 'kmesh-dev@kmesh.net' }],
  // Extra links; Source, Issues and Permissions (RBAC) are added from repositoryURL.
  links: [
    { name: 'Kmesh', url: 'https://kmesh.net' },
    { name: 'Kmesh documentation', url: 'https://kmesh.net/docs/welcome/' },
  ],
};
