import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { debuglog } from 'node:util'
import vm from 'node:vm'
import { cacheFolder, namedByContent } from './run-stamp.js'

// A V8 code cache for the bundled command. Node 20 has no `module.enableCompileCache` (Node ≥
// 22.1), so the command is bundled as one CommonJS script (scripts/bundle.mjs) and compiled here
// with `vm.Script`, handing V8 the code it compiled last time (`cachedData`): the technique of
// v8-compile-cache. Without it every run parses the 1.4 MB script again and compiles each function
// it calls. The precompiled validators (precompiled-validator.ts) are loaded the same way. This
// module loads before the command, so besides Node's built-ins it uses only the stamp check's
// cache folder.

// `NODE_DEBUG=mfa-residency-code-cache` says whether a run used the cache: a section of its own,
// so that `NODE_DEBUG=mfa-residency` still says only which path a run took.
const debug = debuglog('mfa-residency-code-cache')

/**
 * Where code caches live: the generator's cache folder, or `MFA_RESIDENCY_CODE_CACHE_DIR` when set
 * (a read-only install, a test that must not share the cache).
 */
export function codeCacheFolder(): string {
  return process.env.MFA_RESIDENCY_CODE_CACHE_DIR || path.join(cacheFolder(), 'code-cache')
}

/** A loaded CommonJS bundle: its exports, and whether its code cache should be (re)written. */
export interface LoadedBundle<Exports> {
  exports: Exports
  /** Write the code cache, when there was none or V8 rejected it; call once the work is done. */
  saveCodeCache(): void
}

/**
 * Compile and run the CommonJS bundle `file` with its code cache from `cacheDir`, kept by the
 * bundle's content (the hash in its name, or the SHA-256 of its text) and by Node's and V8's versions: a rebuilt bundle, or another Node,
 * never meets an old cache. V8 checks a cache too (its flags, the source's length) and rejects one
 * that does not fit; a rejected or unreadable cache only means compiling afresh.
 */
export function loadBundle<Exports>(file: string, cacheDir: string): LoadedBundle<Exports> {
  const bytes = readFileSync(file)
  const source = bytes.toString('utf8')
  const name = path.basename(file)
  // A name with esbuild's `-HASH` already names the content; other files are hashed.
  const contentHash = namedByContent(name)
  const key = createHash('sha256')
    .update(`${process.version}\0${process.versions.v8}\0${process.arch}\0`)
    .update(contentHash ? `${name}\0${bytes.length}` : bytes)
    .digest('hex')
    .slice(0, 32)
  // By the bundle's name without its content hash, so a new build replaces it.
  const base = name.replace(/(?:-[A-Z0-9]{8})?\.c?js$/, '')
  const cacheFile = path.join(cacheDir, `${base}.${key}.bin`)
  let cachedData: Buffer | undefined
  try {
    cachedData = readFileSync(cacheFile)
  } catch {
    // No cache yet: compile afresh, and save one after the run.
  }
  // The bundle's own `import.meta.url` and `import.meta.resolve`, which CommonJS lacks: the
  // bundle is built with both defined to these two parameters.
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname, __importMetaUrl, __importMetaResolve) {${source}\n})`,
    { filename: file, ...(cachedData ? { cachedData } : {}) },
  )
  const stale = cachedData === undefined || script.cachedDataRejected === true
  debug(`code cache: ${base}: ${cachedData === undefined ? 'none' : stale ? 'rejected' : 'used'}`)
  const url = pathToFileURL(file).href
  const bundle = { exports: {} as Exports }
  script.runInThisContext().call(
    bundle.exports,
    bundle.exports,
    createRequire(file),
    bundle,
    file,
    path.dirname(file),
    url,
    // The entries bundle this module beside the command, so it resolves from the same folder.
    (specifier: string) => import.meta.resolve(specifier),
  )
  return {
    exports: bundle.exports,
    saveCodeCache() {
      if (stale) saveCache(cacheFile, () => script.createCachedData())
    },
  }
}

/**
 * Replace the cache (temp and rename, no fsync: a lost cache is only a slower run), and drop older
 * ones. The folder is made first: where it cannot be (a read-only install), V8 is not even asked
 * to serialize the code.
 */
function saveCache(cacheFile: string, produce: () => Buffer): void {
  const dir = path.dirname(cacheFile)
  const prefix = `${path.basename(cacheFile).split('.')[0]}.`
  try {
    mkdirSync(dir, { recursive: true })
    const data = produce()
    const temp = `${cacheFile}.${process.pid}.tmp`
    writeFileSync(temp, data)
    renameSync(temp, cacheFile)
    for (const name of readdirSync(dir)) {
      if (name.startsWith(prefix) && name.endsWith('.bin') && name !== path.basename(cacheFile))
        rmSync(path.join(dir, name), { force: true })
    }
    debug(`code cache: ${prefix.slice(0, -1)}: saved ${data.length} bytes`)
  } catch {
    // A cache that cannot be written is only slower.
  }
}
