/**
 * The import boundaries of ARCHITECTURE.md as a lint rule: which folder of
 * src/ may import which. Each import of a file under src/ is resolved to its
 * folder (src/<folder>/…) and checked against the folder's "may import" list;
 * `pureOnly` narrows a folder to some of its files (the pure core may read
 * DNS types, never the resolver). The lists themselves must not allow a loop
 * between folders: that is checked when the configuration loads.
 */
import path from 'node:path';

/** Throws when the allowed imports, without the exceptions, let two folders reach each other. */
export function assertNoFolderLoop(mayImport) {
  const state = new Map();
  const visit = (folder, trail) => {
    if (state.get(folder) === 'done') return;
    if (state.get(folder) === 'open') throw new Error(`folder loop in the import boundaries: ${[...trail, folder].join(' → ')}`);
    state.set(folder, 'open');
    for (const next of mayImport[folder] ?? []) visit(next, [...trail, folder]);
    state.set(folder, 'done');
  };
  for (const folder of Object.keys(mayImport)) visit(folder, []);
}

function folderOf(srcRoot, file) {
  const relative = path.relative(srcRoot, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  const [folder, ...rest] = relative.split(path.sep);
  return rest.length === 0 ? undefined : { folder, file: rest.join('/').replace(/\.(ts|js)$/, '') };
}

/** options: { srcRoot, mayImport: {folder: [folder]}, pureOnly: {folder: {target: [file]}}, exceptions: [{from, to, why}] } */
export const folderBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'keeps the imports between the folders of src/ to those ARCHITECTURE.md allows' },
    schema: [{ type: 'object', additionalProperties: true }],
    messages: {
      unknownFolder: 'src/{{folder}} has no place in the import boundaries (eslint.config.mjs): add it to mayImport',
      forbidden: 'src/{{from}} may not import src/{{to}} ({{target}}): see "Rules that keep it honest" in ARCHITECTURE.md',
      notPure: 'src/{{from}} may import only the pure files of src/{{to}} ({{allowed}}), not {{target}}',
    },
  },
  create(context) {
    const { srcRoot, mayImport, pureOnly = {}, exceptions = [] } = context.options[0];
    const here = folderOf(srcRoot, context.filename);
    if (here === undefined) return {};
    if (!(here.folder in mayImport)) {
      return { Program: (node) => context.report({ node, messageId: 'unknownFolder', data: { folder: here.folder } }) };
    }
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = folderOf(srcRoot, path.resolve(path.dirname(context.filename), source));
      if (target === undefined || target.folder === here.folder) return;
      const excepted = exceptions.some((e) => e.from === here.folder && e.to === target.folder);
      if (!excepted && !(mayImport[here.folder] ?? []).includes(target.folder)) {
        context.report({ node, messageId: 'forbidden', data: { from: here.folder, to: target.folder, target: source } });
        return;
      }
      const pure = pureOnly[here.folder]?.[target.folder];
      if (pure !== undefined && !pure.includes(target.file)) {
        context.report({ node, messageId: 'notPure', data: { from: here.folder, to: target.folder, allowed: pure.join(', '), target: source } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};
