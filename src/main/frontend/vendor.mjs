// Copies the prebuilt browser files of the pinned packages (package.json, package-lock.json) into
// src/main/resources/static/vendor/<name>@<version>/, where the app serves them, and writes the licence of every
// package they were built from to THIRD-PARTY-LICENSES.txt beside them. Run after `npm ci`: node vendor.mjs
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', 'resources', 'static', 'vendor');

// package -> the files the pages load (UMD builds: no bundler, no module loader)
const files = {
  'react': ['umd/react.production.min.js'],
  'react-dom': ['umd/react-dom.production.min.js'],
  'graphiql': ['graphiql.min.js', 'graphiql.min.css'],
  '@graphiql/plugin-explorer': ['dist/index.umd.js', 'dist/style.css'],
};

const lock = JSON.parse(readFileSync(join(here, 'package-lock.json'), 'utf8'));
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });

for (const [name, paths] of Object.entries(files)) {
  const version = lock.packages[`node_modules/${name}`].version;
  const dir = join(target, `${name.replace('/', '__')}@${version}`);
  for (const path of paths) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    cpSync(join(here, 'node_modules', name, path), join(dir, path));
  }
}

// every installed package went into these builds or is a peer of them: keep each one's licence
const notices = [];
for (const [path, entry] of Object.entries(lock.packages).sort()) {
  if (!path.startsWith('node_modules/')) continue;
  const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
  const dir = join(here, path);
  const licenceFile = existsSync(dir) && readdirSync(dir).find(f => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const text = licenceFile ? readFileSync(join(dir, licenceFile), 'utf8').trim() : '(no licence file in the package)';
  notices.push(`${name}@${entry.version} (${entry.license ?? 'see below'})\n${'-'.repeat(72)}\n${text}\n`);
}
writeFileSync(join(target, 'THIRD-PARTY-LICENSES.txt'),
  'Licences of the npm packages whose prebuilt files are served from this folder (src/main/frontend/package-lock.json).\n\n'
  + notices.join('\n'));
console.log(`vendored ${Object.keys(files).length} packages, ${notices.length} licences, into ${target}`);
