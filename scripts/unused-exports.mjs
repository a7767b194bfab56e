#!/usr/bin/env node
/**
 * Lists the exported names of src/ that no other file imports: not another
 * file of src/, not a test, not a script. An export nobody imports is either
 * dead code or a name that should be private to its file; both make the
 * folder's real surface harder to see. Part of `npm run lint`; exits 1 when
 * it finds any.
 *
 * It reads imports with the TypeScript compiler (static imports, re-exports,
 * `export *` chains, `import('…')` in types and in code, `require('…')`) and
 * resolves them the way tsc does, so a path alias or an index file counts.
 *
 * Usage: node scripts/unused-exports.mjs [--root DIR]   (DIR defaults to the repository)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * Files that are run rather than imported: their exports are read by nobody by design (or only by the
 * process that starts them), so they are not checked. Each with why it is an entry point.
 */
const ENTRY_POINTS = [
  'src/cli/main.ts', // the mail-doctor command (bin/mail-doctor)
  'src/web/cgi.ts', // the cPanel and WHM CGI pages (plugin/ runs dist/web/cgi.js)
  'src/sandbox/emulator/cli-main.ts', // the emulator's uapi / cpapi2 / whmapi1 tools (src/sandbox/emulator/bin/)
  'src/sandbox/emulator/start-emulator.ts', // the emulator as a process of its own (tests start it)
  'src/bench/run-all.ts', // npm run bench
  'src/bench/sisimai-eval.ts', // npm run eval
  'src/bench/bounce-eval.ts', // npm run eval
  'src/bench/audit-child.ts', // one audit in a process of its own, started by audit-bench
  'src/bench/classify-bench.ts', // the benchmarks run-all starts, each in a process of its own
  'src/bench/bounce-bench.ts',
  'src/bench/audit-bench.ts',
  'src/bench/page-bench.ts',
  'src/bench/store-bench.ts',
  'src/bench/whm-bench.ts',
];

function parseArgs(argv) {
  const i = argv.indexOf('--root');
  return { root: path.resolve(i >= 0 && argv[i + 1] ? argv[i + 1] : path.join(path.dirname(fileURLToPath(import.meta.url)), '..')) };
}

function walk(dir, accept, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(full, accept, out);
    } else if (accept(entry.name)) {
      out.push(full);
    }
  }
  return out;
}

const hasExportModifier = (node) => (ts.getModifiers?.(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
const hasDefaultModifier = (node) => (ts.getModifiers?.(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);

/** The names a file exports itself (declared or re-exported by name), with their lines, and the files it re-exports wholesale. */
function ownExports(sf, resolve) {
  const names = new Map();
  const stars = [];
  const add = (name, node) => {
    if (!names.has(name)) names.set(name, sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1);
  };
  for (const st of sf.statements) {
    if (ts.isExportDeclaration(st)) {
      if (!st.exportClause) {
        const target = st.moduleSpecifier && resolve(st.moduleSpecifier.text, sf.fileName);
        if (target) stars.push(target);
      } else if (ts.isNamedExports(st.exportClause)) {
        for (const el of st.exportClause.elements) add(el.name.text, el);
      } else {
        add(st.exportClause.name.text, st);
      }
      continue;
    }
    if (ts.isExportAssignment(st)) {
      add('default', st);
      continue;
    }
    if (!hasExportModifier(st)) continue;
    if (hasDefaultModifier(st)) add('default', st);
    else if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (ts.isIdentifier(d.name)) add(d.name.text, d);
        else for (const el of d.name.elements) if (ts.isBindingElement(el) && ts.isIdentifier(el.name)) add(el.name.text, el);
      }
    } else if (st.name && ts.isIdentifier(st.name)) add(st.name.text, st);
  }
  return { names, stars };
}

/** Every (file, name) another file imports; a whole module when a file takes it all (a bare namespace, an unpacked require). */
function collectUses(sf, resolve, use, useAll) {
  const from = (spec) => (spec && ts.isStringLiteralLike(spec) ? resolve(spec.text, sf.fileName) : undefined);
  const namespaceUses = (target, local) => {
    // `import * as W`: the names read as W.x; a bare W (passed on, spread) takes them all.
    let bare = false;
    const visit = (node) => {
      if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === local) {
        use(target, node.name.text);
        return;
      }
      if (ts.isQualifiedName(node) && ts.isIdentifier(node.left) && node.left.text === local) {
        use(target, node.right.text);
        return;
      }
      if (ts.isIdentifier(node) && node.text === local && !ts.isNamespaceImport(node.parent)) bare = true;
      ts.forEachChild(node, visit);
    };
    visit(sf);
    if (bare) useAll(target);
  };
  const bindingUses = (target, node) => {
    // `const { a, b } = await import('…')` or `= require('…')`: a and b; anything else takes the module whole.
    let p = node.parent;
    while (p && (ts.isAwaitExpression(p) || ts.isParenthesizedExpression(p))) p = p.parent;
    if (p && ts.isVariableDeclaration(p) && ts.isObjectBindingPattern(p.name)) {
      for (const el of p.name.elements) {
        const key = el.propertyName ?? el.name;
        if (ts.isIdentifier(key)) use(target, key.text);
        else useAll(target);
      }
    } else if (p && ts.isPropertyAccessExpression(p) && p.expression === node) {
      use(target, p.name.text);
    } else {
      useAll(target);
    }
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node)) {
      const target = from(node.moduleSpecifier);
      const clause = node.importClause;
      if (target && clause) {
        if (clause.name) use(target, 'default');
        const nb = clause.namedBindings;
        if (nb && ts.isNamedImports(nb)) for (const el of nb.elements) use(target, (el.propertyName ?? el.name).text);
        if (nb && ts.isNamespaceImport(nb)) namespaceUses(target, nb.name.text);
      }
      return;
    }
    if (ts.isExportDeclaration(node)) {
      const target = from(node.moduleSpecifier);
      if (target && node.exportClause && ts.isNamedExports(node.exportClause)) {
        for (const el of node.exportClause.elements) use(target, (el.propertyName ?? el.name).text);
      } else if (target && node.exportClause) {
        useAll(target);
      }
      return;
    }
    if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const target = from(node.moduleReference.expression);
      if (target) useAll(target);
      return;
    }
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const target = from(node.argument.literal);
      if (target) {
        if (node.qualifier) {
          let q = node.qualifier;
          while (ts.isQualifiedName(q)) q = q.left;
          use(target, q.text);
        } else {
          useAll(target);
        }
      }
    }
    if (ts.isCallExpression(node) && node.arguments.length >= 1) {
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if (isImport || isRequire) {
        const target = from(node.arguments[0]);
        if (target) bindingUses(target, node);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

export function findUnusedExports(root, entryPoints = ENTRY_POINTS) {
  const rel = (f) => path.relative(root, f).split(path.sep).join('/');
  const isTs = (n) => /\.(ts|tsx|mts|cts)$/.test(n) && !n.endsWith('.d.ts');
  const isScript = (n) => /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(n) && !n.endsWith('.d.ts');
  const srcFiles = walk(path.join(root, 'src'), isTs);
  const readers = [...srcFiles, ...walk(path.join(root, 'test'), isScript), ...walk(path.join(root, 'scripts'), isScript)];

  const options = { module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, allowJs: true, resolveJsonModule: true };
  const host = ts.createCompilerHost(options);
  const cache = new Map();
  const srcSet = new Set(srcFiles.map((f) => path.resolve(f)));
  const resolve = (spec, containing) => {
    if (!spec.startsWith('.') && !spec.startsWith('/')) return undefined;
    const key = `${path.dirname(containing)}\0${spec}`;
    if (!cache.has(key)) {
      const r = ts.resolveModuleName(spec, containing, options, host).resolvedModule;
      const file = r ? path.resolve(r.resolvedFileName) : undefined;
      cache.set(key, file && srcSet.has(file) ? file : undefined);
    }
    return cache.get(key);
  };

  const parsed = new Map();
  const parse = (file) => {
    if (!parsed.has(file)) parsed.set(file, ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));
    return parsed.get(file);
  };

  const exportsOf = new Map();
  for (const f of srcFiles) exportsOf.set(path.resolve(f), ownExports(parse(f), resolve));

  const used = new Map();
  const all = new Set();
  for (const f of readers) {
    const file = path.resolve(f);
    collectUses(
      parse(file),
      resolve,
      (target, name) => {
        if (target === file) return;
        if (!used.has(target)) used.set(target, new Set());
        used.get(target).add(name);
      },
      (target) => {
        if (target !== file) all.add(target);
      },
    );
  }

  // A name taken from a file that re-exports a module wholesale is a use of that module's name.
  const pending = [...used.entries()].flatMap(([file, names]) => [...names].map((name) => [file, name]));
  const seen = new Set(pending.map(([f, n]) => `${f}\0${n}`));
  const allPending = [...all];
  while (allPending.length > 0) {
    const file = allPending.pop();
    for (const star of exportsOf.get(file)?.stars ?? []) if (!all.has(star)) all.add(star), allPending.push(star);
  }
  while (pending.length > 0) {
    const [file, name] = pending.pop();
    const info = exportsOf.get(file);
    if (!info || info.names.has(name)) continue;
    for (const star of info.stars) {
      const k = `${star}\0${name}`;
      if (seen.has(k)) continue;
      seen.add(k);
      if (!used.has(star)) used.set(star, new Set());
      used.get(star).add(name);
      pending.push([star, name]);
    }
  }

  const entries = new Set(entryPoints.map((e) => path.resolve(root, e)));
  // A listed entry point that is gone is reported, so the list cannot quietly outlive the files it excuses.
  const missingEntries = entryPoints.filter((e) => !srcSet.has(path.resolve(root, e)));
  const unused = [];
  for (const [file, info] of exportsOf) {
    if (entries.has(file) || all.has(file)) continue;
    for (const [name, line] of info.names) {
      if (!used.get(file)?.has(name)) unused.push({ file: rel(file), line, name });
    }
  }
  unused.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { unused, missingEntries };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { root } = parseArgs(process.argv.slice(2));
  const { unused, missingEntries } = findUnusedExports(root);
  for (const u of unused) process.stdout.write(`${u.file}:${u.line}  ${u.name}\n`);
  if (unused.length > 0) {
    process.stdout.write(`${unused.length} exported names that no other file imports: remove the export, or the code if nothing uses it\n`);
    process.exitCode = 1;
  }
  for (const e of missingEntries) process.stdout.write(`${e}: listed as an entry point in scripts/unused-exports.mjs but not found\n`);
  if (missingEntries.length > 0) process.exitCode = 1;
}
