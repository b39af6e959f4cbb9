// The extraction worker's code, bundled once. Node 20 does not apply tsx's loader to
// a worker's entry point, and loading the stages through tsx costs seconds per
// thread; so the worker is bundled into plain JavaScript with esbuild (which tsx
// itself depends on) and cached under a hash of its sources.
//
// The cache is code that will run, so it lives inside the project
// (node_modules/.cache/diplograph/), never in the shared temp folder where anyone
// can plant a file under a name computed from public inputs; and a cached bundle
// runs only if it is a regular file owned by this user that nobody else may write
// to, in a folder of the same kind. Anything else is built afresh beside it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The folder of cached bundles for the project at `root`. */
export const bundleDir = (root: string): string => path.join(root, 'node_modules', '.cache', 'diplograph');

/** Why a file or folder found in the cache may not be trusted with running code, or null when it may. */
export function untrusted(st: fs.Stats, uid: number | undefined, kind: 'file' | 'folder'): string | null {
  if (kind === 'file' ? !st.isFile() : !st.isDirectory()) return `not a regular ${kind}`;
  if (uid !== undefined && st.uid !== uid) return `owned by user ${st.uid}, not by this user (${uid})`;
  if (st.mode & 0o022) return `writable by other users (mode ${(st.mode & 0o777).toString(8)})`;
  return null;
}

/** The hash of what the bundle is made from: the stages' and model's sources, the installed packages, Node's version. */
export function sourceHash(srcDir: string, root: string): string {
  const h = createHash('sha256');
  // (Recursive: a stage kept in a folder of its own, as meetings/ is, changes the bundle too.)
  for (const d of ['extract', 'model']) {
    for (const f of (fs.readdirSync(path.join(srcDir, d), { recursive: true }) as string[]).sort()) {
      if (f.endsWith('.ts') && !f.endsWith('.test.ts')) h.update(f).update(fs.readFileSync(path.join(srcDir, d, f)));
    }
  }
  const lock = path.join(root, 'node_modules', '.package-lock.json');
  if (fs.existsSync(lock)) h.update(String(fs.statSync(lock).mtimeMs));
  h.update(process.version);
  return h.digest('hex').slice(0, 16);
}

/**
 * Code for `new Worker(code, { eval: true })` that loads worker.ts: the cached bundle, built when missing or
 * untrusted. `warn` hears why a cached file was not used. If bundling fails, each worker registers tsx's hooks
 * itself and imports worker.ts.
 */
export async function workerCode(warn: (msg: string) => void, dir?: string): Promise<string> {
  const entry = new URL('./worker.ts', import.meta.url);
  if (!entry.pathname.endsWith('.ts')) return `import(${JSON.stringify(entry.href)})`;
  try {
    const srcDir = path.dirname(path.dirname(fileURLToPath(entry)));
    const root = path.dirname(srcDir);
    const cache = dir ?? bundleDir(root);
    const uid = process.getuid?.();
    fs.mkdirSync(cache, { recursive: true, mode: 0o700 });
    const folder = untrusted(fs.lstatSync(cache), uid, 'folder');
    if (folder) throw new Error(`cache folder ${cache} is ${folder}`);
    const out = path.join(cache, `worker-${sourceHash(srcDir, root)}.mjs`);
    let st: fs.Stats | null = null;
    try { st = fs.lstatSync(out); } catch { /* not built yet */ }
    const why = st && untrusted(st, uid, 'file');
    if (why) warn(`not running the cached worker ${out}: ${why}; building it again`);
    if (!st || why) {
      const esbuild = await import('esbuild');
      const tmp = `${out}.${process.pid}.${Date.now()}.tmp`;
      esbuild.buildSync({
        entryPoints: [fileURLToPath(entry)], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: tmp, logLevel: 'error',
        banner: { js: "import { createRequire as __diplographRequire } from 'node:module'; const require = __diplographRequire(import.meta.url);" },
      });
      fs.chmodSync(tmp, 0o600);
      // (rename replaces a planted file or symlink itself, never what a symlink points at.)
      fs.renameSync(tmp, out);
      // Bundles of older sources: removed once they are an hour old (a run in progress has long loaded its own).
      for (const f of fs.readdirSync(cache)) {
        const p = path.join(cache, f);
        if (/^worker-[0-9a-f]{16}\.mjs$/.test(f) && p !== out) {
          try { if (Date.now() - fs.statSync(p).mtimeMs > 3_600_000) fs.rmSync(p); } catch { /* another run removed it */ }
        }
      }
    }
    return `import(${JSON.stringify(pathToFileURL(out).href)})`;
  } catch (e) {
    if (e instanceof Error && e.message.startsWith('cache folder')) warn(`${e.message}: loading the worker through tsx instead`);
    const api = import.meta.resolve('tsx/esm/api');
    return `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`;
  }
}
