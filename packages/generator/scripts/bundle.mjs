// Bundle the command. Loading the parser's ~200 ES modules (unified, micromark, parse5…) took
// 350–430 ms per process; one bundled file loads in ≈ 50 ms, which is most of an incremental run's
// budget. Three files, beside each other in dist/bin/:
// - the command (src/bin/command.ts, with the parser, the alignment and the corpus worker's loop)
//   as one CommonJS script, `command-HASH.cjs`, which src/code-cache.ts compiles with a V8 code
//   cache. One script, not chunks: esbuild's chunks of a barrel (the parser's index) load every
//   module it re-exports, so the HTML reader would load with the markdown one; within one script
//   a dynamic import only defers running the code, and the code cache spares parsing it.
// - the entries, each one CommonJS file (dist/bin/package.json says so): Node starts a CommonJS
//   entry without its ES module loader, 4–5 ms sooner. mfa-residency-generate.js holds only the
//   "nothing changed" fast path (src/run-stamp.ts) and the loader; corpus-worker.js starts a
//   worker process from the same command bundle, whose name carries its content's hash, so the
//   code identity of run-stamp.ts covers it by name.
// - the precompiled validators (scripts/compile-validator.mjs), copied from dist/ as
//   `NAME-HASH.cjs`: named by content too, so the code identity need not read and hash their
//   half a megabyte on every run; the command finds them through `__VALIDATOR_FILES__`.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const outdir = fileURLToPath(new URL('../dist/bin/', import.meta.url))
const source = (file) => fileURLToPath(new URL(`../src/${file}`, import.meta.url))
// Bundles and validators of earlier builds, and tsc's unbundled output of src/bin/, would otherwise
// stay beside the new ones (and in the code identity).
for (const name of readdirSync(outdir)) {
  if (/\.cjs$|\.(?:js|d\.ts)(?:\.map)?$/.test(name)) rmSync(`${outdir}${name}`)
}

// `[A-Z0-9]{8}` as esbuild's `[hash]` is, which run-stamp.ts's `namedByContent` recognizes.
const contentHash = (bytes) =>
  BigInt(`0x${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}`)
    .toString(36)
    .toUpperCase()
    .padStart(8, '0')
    .slice(-8)
const validatorFiles = {}
for (const name of readdirSync(path.join(outdir, '..'))) {
  if (!name.endsWith('.cjs')) continue
  const bytes = readFileSync(path.join(outdir, '..', name))
  const file = name.replace(/\.cjs$/, `-${contentHash(bytes)}.cjs`)
  writeFileSync(`${outdir}${file}`, bytes)
  validatorFiles[name.replace(/\.cjs$/, '')] = file
}

const common = {
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Resolved at run time, next to the package: the schema is data, not code.
  external: ['@mfa-residency/dataset/dataset.schema.json'],
  logLevel: 'warning',
}

const command = await build({
  ...common,
  entryPoints: { command: source('bin/command.ts') },
  entryNames: '[name]-[hash]',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // Strict, as the ES modules it is made of; code-cache.ts passes these two in.
  banner: { js: "'use strict';" },
  // Without comments and indentation, the text every run reads and hashes is half as long.
  minifyWhitespace: true,
  define: {
    'import.meta.url': '__importMetaUrl',
    'import.meta.resolve': '__importMetaResolve',
    __VALIDATOR_FILES__: JSON.stringify(validatorFiles),
  },
  metafile: true,
})
const [commandFile] = Object.keys(command.metafile.outputs).filter((file) => file.endsWith('.cjs'))
// Every run reads this text. ASCII, it decodes to a one-byte string 2.5× faster than to the
// two-byte string one other character makes of all of it. esbuild escapes strings, not regular
// expressions: write those with `\u` escapes.
const nonAscii = readFileSync(commandFile).findIndex((byte) => byte > 0x7f)
if (nonAscii !== -1) {
  throw new Error(
    `${commandFile}: a byte outside ASCII at offset ${nonAscii}; escape it in the source`,
  )
}

// The entries' `import.meta`, which CommonJS lacks: this file's URL, and resolution from here.
const importMeta = [
  "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;",
  "const __importMetaResolve = (specifier) => require('node:url').pathToFileURL(require.resolve(specifier)).href;",
].join('\n')
await build({
  ...common,
  entryPoints: {
    'mfa-residency-generate': source('bin/mfa-residency-generate.ts'),
    'corpus-worker': source('bin/corpus-worker.ts'),
  },
  format: 'cjs',
  banner: { js: importMeta },
  define: {
    __COMMAND_BUNDLE__: JSON.stringify(path.basename(commandFile)),
    'import.meta.url': '__importMetaUrl',
    'import.meta.resolve': '__importMetaResolve',
  },
})
// The package is `"type": "module"`; these `.js` files are CommonJS.
writeFileSync(`${outdir}package.json`, `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`)
