// Minifies the compiler's readable main.js in place with esbuild (pinned in the repository's package.json):
// locals, parameters and top-level names inside the bundle's function are renamed, property names are not (they
// are C# members, runtime protocol and external JavaScript APIs). No format conversion: the output stays the one
// classic strict script the compiler wrote, `(function () { "use strict"; … })();`. When the input carries the
// compiler's inline source map, esbuild follows it, so the minified map still points into the C# sources.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node minify.mjs <main.js>');
  process.exit(2);
}
const mapped = readFileSync(file, 'utf8').includes('\n//# sourceMappingURL=data:application/json;base64,');
await build({
  entryPoints: [file],
  outfile: file,
  allowOverwrite: true,
  bundle: false,
  minify: true,
  // esbuild's default charset, spelled out: every non-ASCII character stays a \u escape, so V8 can hold the
  // source (which the script keeps alive) in one byte per character.
  charset: 'ascii',
  legalComments: 'none',
  sourcemap: mapped ? 'inline' : false,
  logLevel: 'warning',
});
