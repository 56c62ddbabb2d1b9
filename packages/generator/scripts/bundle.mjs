// Bundle the command and its worker into one file each. Loading the parser's ~200 ES modules
// (unified, micromark, parse5…) took 350–430 ms per process; one bundled file loads in ≈ 50 ms,
// which is most of an incremental run's budget. Split into chunks: the entry loads only what the
// "nothing changed" fast path needs (src/run-stamp.ts), and the command itself on a full run.
// Chunks sit beside the entries, named by their content's hash, so the code identity of
// run-stamp.ts covers them by name.
import { readdirSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const outdir = fileURLToPath(new URL('../dist/bin/', import.meta.url))
// Chunks of earlier builds would otherwise stay beside the new ones (and in the code identity).
for (const name of readdirSync(outdir, { withFileTypes: true }).map(({ name }) => name)) {
  if (/-[A-Z0-9]{8}\.js$/.test(name)) rmSync(`${outdir}${name}`)
}

await build({
  entryPoints: {
    'mfa-residency-generate': fileURLToPath(
      new URL('../src/bin/mfa-residency-generate.ts', import.meta.url),
    ),
    'corpus-worker': fileURLToPath(new URL('../src/corpus-worker.ts', import.meta.url)),
  },
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: '[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Some bundled CommonJS (yaml) requires Node built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  // Resolved at run time, next to the package: the schema is data, not code.
  external: ['@mfa-residency/dataset/dataset.schema.json'],
  logLevel: 'warning',
})
