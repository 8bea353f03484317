// Builds every workspace package (JS + declarations) in dependency order: a package's
// declarations must exist before the packages that import it are compiled. Lit templates in the
// output are minified (scripts/minify-literals.mjs).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyLiterals } from './minify-literals.mjs';

const root = join(import.meta.dirname, '..', 'packages');
const packages = new Map(
  readdirSync(root).map((dir) => {
    const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    const internal = Object.keys({ ...manifest.dependencies }).filter((name) => name.startsWith('@portaal/'));
    return [manifest.name, { dir, internal }];
  }),
);

const built = new Set();
function build(name, trail = []) {
  if (built.has(name)) return;
  if (trail.includes(name)) throw new Error(`dependency cycle: ${[...trail, name].join(' → ')}`);
  const entry = packages.get(name);
  if (!entry) throw new Error(`unknown package ${name}`);
  for (const dependency of entry.internal) build(dependency, [...trail, name]);
  console.log(`building ${name}`);
  execFileSync(process.execPath, [join(import.meta.dirname, '..', 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: join(root, entry.dir),
    stdio: 'inherit',
  });
  // What ships: the templates' CSS and HTML without the source's indentation.
  const dist = join(root, entry.dir, 'dist');
  for (const file of readdirSync(dist, { recursive: true })) {
    if (!file.endsWith('.js')) continue;
    const path = join(dist, file);
    writeFileSync(path, minifyLiterals(readFileSync(path, 'utf8'), path));
  }
  built.add(name);
}
for (const name of packages.keys()) build(name);
