// Writes the licence notice of everything the app bundles, for Help → About and Help → Licences, which must work
// offline: dist/electron/licenses.json (names, versions, licences) and dist/renderer/licenses.html (with the texts).
// Which packages count is read from esbuild's metafiles: the main process, the CLI, and the renderer and its worker.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

const LICENCE_FILE = /^(licen[cs]e|copying|notice)([-._].*)?$/i;

/** The package folders (…/node_modules/name or …/node_modules/@scope/name) that a metafile's inputs come from. */
export function packageFoldersOf(metafile) {
  const folders = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const normalised = input.split(path.sep).join('/');
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(normalised);
    if (match) folders.add(match[1]);
  }
  return folders;
}

/**
 * The renderer's module graph, as Vite will bundle it: main.tsx and the engine worker (started through new URL(),
 * which esbuild does not follow). Only the list of inputs is used; nothing is written.
 */
async function rendererMetafile(root) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['renderer/main.tsx', 'renderer/worker.ts'],
    bundle: true,
    write: false,
    metafile: true,
    outdir: path.join(root, 'dist', '.licence-scan'),
    platform: 'browser',
    format: 'esm',
    jsx: 'automatic',
    logLevel: 'error',
    loader: {
      '.css': 'empty',
      '.woff2': 'empty',
      '.woff': 'empty',
      '.wasm': 'empty',
      '.svg': 'empty',
      '.png': 'empty',
      '.csv': 'empty',
    },
    plugins: [
      {
        // Vite's "?url" imports name a file to copy; the package it comes from is what matters here.
        name: 'vite-import-suffixes',
        setup(builder) {
          builder.onResolve({ filter: /\?(url|raw|worker)$/ }, async (args) => {
            const resolved = await builder.resolve(args.path.replace(/\?.*$/, ''), {
              resolveDir: args.resolveDir,
              kind: args.kind,
            });
            return { path: resolved.path };
          });
        },
      },
    ],
  });
  return result.metafile;
}

function licenceOf(manifest) {
  if (typeof manifest.license === 'string') return manifest.license;
  if (manifest.license && typeof manifest.license.type === 'string') return manifest.license.type;
  if (Array.isArray(manifest.licenses)) {
    const types = manifest.licenses.map((entry) => entry?.type).filter((type) => typeof type === 'string');
    if (types.length > 0) return `(${types.join(' OR ')})`;
  }
  return 'UNKNOWN';
}

function licenceTexts(folder) {
  let names;
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => LICENCE_FILE.test(name))
    .sort()
    .map((name) => ({ file: name, text: readFileSync(path.join(folder, name), 'utf8').trim() }));
}

/** One entry per package name and version, with what bundles it. */
export function describeComponents(foldersByBundle) {
  const byId = new Map();
  for (const [bundle, folders] of Object.entries(foldersByBundle)) {
    for (const folder of folders) {
      const manifestPath = path.join(folder, 'package.json');
      if (!existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      const id = `${manifest.name}@${manifest.version}`;
      let component = byId.get(id);
      if (!component) {
        component = {
          name: manifest.name,
          version: manifest.version,
          license: licenceOf(manifest),
          usedBy: [],
          texts: licenceTexts(folder),
        };
        byId.set(id, component);
      }
      if (!component.usedBy.includes(bundle)) component.usedBy.push(bundle);
    }
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

const escapeHtml = (text) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

export function licencePage(app, components) {
  const list = components
    .map(
      (component) =>
        `<li><a href="#${escapeHtml(component.name)}">${escapeHtml(component.name)}</a> ${escapeHtml(component.version)} — ${escapeHtml(component.license)}</li>`,
    )
    .join('\n');
  const sections = components
    .map((component) => {
      const texts = component.texts.length
        ? component.texts.map((entry) => `<pre>${escapeHtml(entry.text)}</pre>`).join('\n')
        : `<p>The package carries no licence file; its package.json declares ${escapeHtml(component.license)}.</p>`;
      return `<section id="${escapeHtml(component.name)}">
<h2>${escapeHtml(component.name)} ${escapeHtml(component.version)}</h2>
<p>Licence: ${escapeHtml(component.license)} · used by: ${escapeHtml(component.usedBy.join(', '))}</p>
${texts}
</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Licences of bundled components</title>
<style>
body { font: 14px/1.5 system-ui, sans-serif; margin: 24px; color: #1b2333; }
h1 { font-size: 20px; } h2 { font-size: 16px; margin-top: 32px; }
pre { white-space: pre-wrap; background: #f3f5f9; padding: 12px; border-radius: 6px; font-size: 12px; }
</style>
</head>
<body>
<h1>Licences of bundled components</h1>
<p>${escapeHtml(app.name)} ${escapeHtml(app.version)} is licensed under the ${escapeHtml(app.license)}. It bundles the
open-source components below, each under its own licence. Some ship pre-built files that contain their own
dependencies (exceljs, for instance); those are covered by the notices inside the package.</p>
<ul>
${list}
</ul>
${sections}
</body>
</html>
`;
}

/** Writes both notices. `metafiles` are esbuild metafiles of the Node bundles, by name ("main", "cli"). */
export async function writeLicenceNotices(root, metafiles) {
  const foldersByBundle = {};
  for (const [bundle, metafile] of Object.entries(metafiles)) {
    foldersByBundle[bundle] = [...packageFoldersOf(metafile)].map((folder) => path.resolve(root, folder));
  }
  foldersByBundle.renderer = [...packageFoldersOf(await rendererMetafile(root))].map((folder) =>
    path.resolve(root, folder),
  );
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const app = { name: manifest.productName ?? manifest.name, version: manifest.version, license: manifest.license };
  const components = describeComponents(foldersByBundle);

  const notice = {
    app,
    components: components.map(({ name, version, license, usedBy }) => ({ name, version, license, usedBy })),
  };
  await mkdir(path.join(root, 'dist', 'electron'), { recursive: true });
  await writeFile(path.join(root, 'dist', 'electron', 'licenses.json'), `${JSON.stringify(notice, null, 2)}\n`);
  await mkdir(path.join(root, 'dist', 'renderer'), { recursive: true });
  await writeFile(path.join(root, 'dist', 'renderer', 'licenses.html'), licencePage(app, components));
  console.log(`Licence notices: ${components.length} bundled components (dist/electron/licenses.json).`);
}
