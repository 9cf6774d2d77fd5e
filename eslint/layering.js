// The rooms of the architecture, enforced: which folders may import which, and which npm
// packages each runtime may load. Do not relax these rules to make an import pass: move the
// code to the room where it belongs instead.
import { builtinModules } from 'node:module';
import path from 'node:path';

const ROOMS = [
  ['shared', 'shared/'],
  ['services', 'electron/services/'],
  ['host-electron', 'electron/hosts/electron/'],
  ['host', 'electron/hosts/'],
  ['editor', 'renderer/editor/'],
  ['draw', 'draw/'],
  ['renderer', 'renderer/'],
];

const MAY_IMPORT_ROOMS = {
  shared: ['shared'],
  services: ['shared', 'services', 'draw'],
  host: ['shared', 'services', 'host'],
  'host-electron': ['shared', 'services', 'host', 'host-electron'],
  renderer: ['shared', 'renderer', 'editor'],
  editor: ['shared', 'renderer', 'editor', 'draw'],
  // The one render path: the editor's canvas and the Node export both draw slides through it.
  draw: ['shared', 'draw'],
};

// Every npm package the product loads, by the runtime it needs. A new package is classified here.
const PACKAGES = {
  // twitter-text: plain JS (regexes, twemoji-parser, punycode); no Node or DOM APIs.
  pure: ['zod', 'twitter-text'],
  node: [
    'better-sqlite3',
    'sharp',
    'ffmpeg-static',
    'dicom-parser',
    'dcmjs',
    'tesseract.js',
    '@tesseract.js-data/eng',
    '@vladmandic/face-api',
    '@tensorflow/tfjs',
    '@tensorflow/tfjs-backend-wasm',
    'exifr',
    'canvas',
    'pdf-lib',
  ],
  electron: ['electron'],
  dom: ['react', 'react-dom'],
  fabric: ['fabric'],
  test: ['vitest'],
};

const MAY_IMPORT_PACKAGES = {
  shared: ['pure'],
  services: ['pure', 'node'],
  host: ['pure', 'node'],
  'host-electron': ['pure', 'node', 'electron'],
  renderer: ['pure', 'dom'],
  editor: ['pure', 'dom', 'fabric'],
  // draw/ is handed the fabric namespace (browser build or fabric/node) and imports only its types.
  draw: ['pure', 'fabric'],
};

const builtins = new Set(builtinModules);

export function roomOf(relativePath) {
  const p = relativePath.split(path.sep).join('/');
  for (const [room, prefix] of ROOMS) if (p.startsWith(prefix)) return room;
  return null;
}

function packageName(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

export function packageGroup(spec) {
  // fabric's Node build (node-canvas + jsdom) is what the export service renders with.
  if (spec === 'fabric/node') return 'node';
  if (spec.startsWith('node:') || builtins.has(packageName(spec))) return 'node';
  const name = packageName(spec);
  for (const [group, names] of Object.entries(PACKAGES)) if (names.includes(name)) return group;
  return null;
}

/** The verdict for one import, or null when it is allowed. Exported for tests. */
export function checkImport(fileRel, spec) {
  const room = roomOf(fileRel);
  if (!room) return null;
  const isTest = /\.test\.tsx?$/.test(fileRel);
  if (spec.startsWith('.')) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(fileRel.split(path.sep).join('/')), spec));
    const targetRoom = roomOf(target);
    if (!targetRoom) return isTest ? null : `${room} may not import ${spec}: it is outside the product's rooms`;
    if (!MAY_IMPORT_ROOMS[room].includes(targetRoom)) return `${room} may not import from ${targetRoom} (${spec})`;
    return null;
  }
  const group = packageGroup(spec);
  if (group === null) return `"${packageName(spec)}" is not classified: add it to a runtime in eslint/layering.js`;
  // Tests of Node rooms may use Node to load data; tests of shared/ load it through test/fixtures.
  if (isTest && (group === 'test' || group === 'node') && room !== 'renderer' && room !== 'editor' && room !== 'shared') return null;
  if (isTest && group === 'test') return null;
  if (!MAY_IMPORT_PACKAGES[room].includes(group)) return `${room} may not import "${packageName(spec)}" (a ${group} package)`;
  return null;
}

export const layeringRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the rooms of ARCHITECTURE.md: shared pure, services without electron, renderer without Node.' },
    schema: [],
  },
  create(context) {
    const fileRel = path.relative(context.cwd, context.filename);
    const report = (node, source) => {
      if (!source || typeof source.value !== 'string') return;
      const verdict = checkImport(fileRel, source.value);
      if (verdict) context.report({ node: source, message: verdict });
    };
    return {
      ImportDeclaration: (node) => report(node, node.source),
      ExportNamedDeclaration: (node) => report(node, node.source),
      ExportAllDeclaration: (node) => report(node, node.source),
      ImportExpression: (node) => report(node, node.source.type === 'Literal' ? node.source : null),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          report(node, node.arguments[0]);
        }
      },
    };
  },
};

export default { rules: { layering: layeringRule } };
