/**
 * Starts a TypeScript entry point quickly: `node scripts/launch.mjs src/main.ts [args...]`, as
 * `npm start` and `npm run ask` do.
 *
 * Under `node --import tsx` a one-shot answer took about 0.5 s, most of it tsx resolving and
 * transpiling some 300 modules (zod alone is 230) on every start. Here esbuild (the transpiler tsx
 * itself uses) bundles the entry and everything it imports from the repository, with zod and
 * fuse.js, into node_modules/.cache/demining-bot/, once; later starts run the bundle directly.
 * The bundle is rebuilt whenever a file it was built from changes (checked by size and time, a
 * millisecond for the whole tree), so an edited source is always the one that runs; nobody runs a
 * build by hand. Other packages stay outside, and each chunk imports its own: the Discord and Slack
 * libraries load only when their face starts. Stack traces point at the TypeScript sources.
 * Without esbuild, or when bundling fails, it falls back to tsx as before.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';

/** Changing how bundles are made changes this, so old bundles are not reused. */
const FORMAT = 1;
/** Packages bundled in: pure ESM, many small modules, cheap to bundle and slow to resolve one by one. */
const INLINE = new Set(['zod', 'fuse.js']);

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'demining-bot');

const [entryArg, ...rest] = process.argv.slice(2);
if (entryArg === undefined) {
  process.stderr.write('usage: node scripts/launch.mjs <entry.ts> [args...]\n');
  process.exit(2);
}
const entry = resolve(ROOT, entryArg);
const name = relative(ROOT, entry).replace(/[\\/]/g, '_').replace(/\.[cm]?ts$/, '');
const manifestPath = join(CACHE, `${name}.json`);

/** The bundle built from the files as they are now, if there is one. */
function fresh() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    return undefined;
  }
  const main = join(ROOT, manifest.main);
  if (manifest.format !== FORMAT || manifest.node !== process.version || !existsSync(main)) return undefined;
  for (const [path, size, mtime] of manifest.inputs) {
    let s;
    try {
      s = statSync(join(ROOT, path));
    } catch {
      return undefined;
    }
    if (s.size !== size || s.mtimeMs !== mtime) return undefined;
  }
  return main;
}

/** Dependencies of the repository that stay outside the bundle. */
function externals() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies });
  return names.filter((n) => !INLINE.has(n)).flatMap((n) => [n, `${n}/*`]);
}

/**
 * Bundles the entry into a directory of its own, then points the manifest at it. A bundle in use is
 * never replaced in place (a running bot loads the chunks of a face when it starts it); older ones
 * of this entry are removed once a newer one has been in place for an hour.
 */
async function build() {
  const esbuild = await import('esbuild');
  const outDir = join(CACHE, `${name}.${Date.now().toString(36)}.${process.pid}`);
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    external: externals(),
    outdir: outDir,
    entryNames: 'main',
    outExtension: { '.js': '.mjs' },
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = [...Object.keys(result.metafile.inputs), 'package.json', 'tsconfig.json', relative(ROOT, fileURLToPath(import.meta.url))]
    .filter((p) => !p.includes(':') && existsSync(join(ROOT, p)))
    .map((p) => {
      const s = statSync(join(ROOT, p));
      return [p, s.size, s.mtimeMs];
    });
  const main = join(outDir, 'main.mjs');
  const manifest = { format: FORMAT, node: process.version, main: relative(ROOT, main), inputs };
  writeFileSync(`${manifestPath}.${process.pid}.tmp`, JSON.stringify(manifest));
  renameSync(`${manifestPath}.${process.pid}.tmp`, manifestPath);
  removeOld(outDir);
  return main;
}

function removeOld(keep) {
  const hourAgo = Date.now() - 3_600_000;
  for (const d of readdirSync(CACHE)) {
    const path = join(CACHE, d);
    if (!d.startsWith(`${name}.`) || path === keep || d.endsWith('.json')) continue;
    try {
      if (statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed by another start meanwhile.
    }
  }
}

async function run() {
  let main = fresh();
  if (main === undefined) {
    try {
      mkdirSync(CACHE, { recursive: true });
      main = await build();
    } catch {
      main = undefined;
    }
  }
  if (main !== undefined) {
    process.setSourceMapsEnabled(true);
    // The entry sees the arguments as if node had run it directly.
    process.argv = [process.argv[0], main, ...rest];
    await import(pathToFileURL(main).href);
    return;
  }
  const { register } = await import('tsx/esm/api');
  register();
  process.argv = [process.argv[0], entry, ...rest];
  await import(pathToFileURL(entry).href);
}

await run();
