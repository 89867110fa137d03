// Static figures of one main.js, printed as one JSON line: bytes, gzip -9 bytes, routes registered (main.js run in a
// VM against a recording pluginLib), top-level declarations of the bundle's function and those no root statement
// can reach (scope-aware, so minified names are no problem), and the bytes of Equals/GetHashCode/ToString/toString
// methods of the compiled classes (runtime `$` classes excluded; names must be readable for that figure).
// Usage: node analyze.mjs <main.js>
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import vm from 'node:vm';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const acorn = require('acorn');
const eslintScope = require('eslint-scope');

const file = process.argv[2];
const text = readFileSync(file, 'utf8');
const code = text.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');

function routes() {
  const calls = [];
  const any = () => new Proxy(function () {}, {
    get: (target, key) => key === 'prototype' ? {} : key === Symbol.toPrimitive ? () => '' : any(),
    apply: () => any(),
    construct: () => any(),
  });
  const pluginLib = new Proxy({}, {
    get: (target, key) => typeof key === 'string' && key.startsWith('register') ? (...args) => { calls.push(key); } : any(),
  });
  const context = vm.createContext({ pluginLib, console: { log() {}, error() {}, warn() {} } });
  vm.runInContext(code, context, { filename: file });
  return calls.filter(c => c === 'registerRoute').length;
}

function declarations() {
  const ast = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'script', ranges: true });
  const call = ast.body[0].expression;
  const fn = call.callee.type === 'FunctionExpression' || call.callee.type === 'ArrowFunctionExpression' ? call.callee : call.callee.expression;
  const manager = eslintScope.analyze(ast, { ecmaVersion: 2022, sourceType: 'script' });
  const scope = manager.acquire(fn);
  const body = fn.body.body;
  const declOf = new Map(); // variable -> statement
  const decls = [];
  for (const statement of body) {
    let names = [];
    if (statement.type === 'ClassDeclaration' || statement.type === 'FunctionDeclaration') names = [statement.id.name];
    else if (statement.type === 'VariableDeclaration') names = statement.declarations.filter(d => d.id.type === 'Identifier').map(d => d.id.name);
    if (names.length === 0 || statement.type === 'VariableDeclaration' && names[0] === 'pluginLib') continue;
    decls.push({ statement, names });
    for (const name of names) declOf.set(scope.set.get(name), statement);
  }
  const declared = new Set(decls.map(d => d.statement));
  const statementOf = position => body.find(s => s.range[0] <= position && position < s.range[1]);
  const edges = new Map(); // statement -> statements it references
  const roots = new Set();
  for (const [variable, target] of declOf) {
    for (const ref of variable.references) {
      const from = statementOf(ref.identifier.range[0]);
      if (!from || from === target) continue;
      if (!declared.has(from)) { roots.add(target); continue; }
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from).add(target);
    }
  }
  // Assignments like `C.x = …` after the classes are roots (they run); they reach what they name.
  const reached = new Set();
  const stack = [...roots];
  while (stack.length > 0) {
    const s = stack.pop();
    if (reached.has(s)) continue;
    reached.add(s);
    for (const t of edges.get(s) ?? []) stack.push(t);
  }
  const unreachable = decls.filter(d => !reached.has(d.statement));
  const bytes = d => Buffer.byteLength(code.slice(d.statement.range[0], d.statement.range[1]));
  const recordNames = new Set(['Equals', 'GetHashCode', 'ToString', 'toString']);
  let recordBytes = 0;
  let recordClasses = 0;
  for (const d of decls) {
    if (d.statement.type !== 'ClassDeclaration' || d.names[0].startsWith('$')) continue;
    const methods = d.statement.body.body.filter(m => m.type === 'MethodDefinition' && !m.computed && recordNames.has(m.key.name));
    if (methods.length === 0) continue;
    recordClasses++;
    for (const m of methods) recordBytes += Buffer.byteLength(code.slice(m.range[0], m.range[1]));
  }
  return {
    declarations: decls.length,
    unreachable: unreachable.length,
    unreachableBytes: unreachable.reduce((n, d) => n + bytes(d), 0),
    unreachableNames: unreachable.flatMap(d => d.names).slice(0, 40),
    recordBytes,
    recordClasses,
  };
}

const bytes = Buffer.byteLength(code);
const result = { file, bytes, gzip: gzipSync(Buffer.from(code), { level: 9 }).length, routes: routes(), ...declarations() };
console.log(JSON.stringify(result));
