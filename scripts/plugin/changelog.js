// Reads one version's entry from CHANGELOG.md (Keep a Changelog layout): its date and its changes, as
// Artifact Hub's `changes` kinds (added, changed, deprecated, removed, fixed, security).
'use strict';
const fs = require('fs');

const KINDS = ['added', 'changed', 'deprecated', 'removed', 'fixed', 'security'];

/** {date: 'YYYY-MM-DD', changes: [{kind, description}]} of `version`; throws when the entry is missing or malformed. */
function readRelease(changelogPath, version) {
  if (!fs.existsSync(changelogPath)) throw new Error(`${changelogPath} is missing`);
  const lines = fs.readFileSync(changelogPath, 'utf8').split(/\r?\n/);
  const heading = new RegExp(`^## \\[${version.replace(/[.]/g, '\\.')}\\] - (\\d{4}-\\d{2}-\\d{2})\\s*$`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) {
    throw new Error(`CHANGELOG.md has no entry "## [${version}] - YYYY-MM-DD": move the Unreleased notes under that heading`);
  }
  const date = heading.exec(lines[start])[1];
  const changes = [];
  let kind = null;
  for (let i = start + 1; i < lines.length && !lines[i].startsWith('## '); i++) {
    const line = lines[i];
    const section = /^### (\w+)\s*$/.exec(line);
    if (section) {
      kind = section[1].toLowerCase();
      if (!KINDS.includes(kind)) throw new Error(`CHANGELOG.md ${version}: unknown section "### ${section[1]}" (use ${KINDS.join(', ')})`);
      continue;
    }
    const item = /^- (.+)$/.exec(line);
    if (item) {
      if (!kind) throw new Error(`CHANGELOG.md ${version}: "${line}" is not under a ### section`);
      changes.push({ kind, description: item[1].trim() });
    } else if (/^\s+\S/.test(line) && changes.length > 0) {
      changes[changes.length - 1].description += ' ' + line.trim();
    }
  }
  if (changes.length === 0) throw new Error(`CHANGELOG.md ${version}: the entry lists no changes`);
  return { date, changes };
}

module.exports = { readRelease };
