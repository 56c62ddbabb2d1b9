// Bundle the command and its worker into one file each. Loading the parser's ~200 ES modules
// (unified, micromark, parse5…) took 350–430 ms per process; one bundled file loads in ≈ 50 ms,
// which is most of an incremental run's budget.
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

await build({
  entryPoints: {
    'mfa-residency-generate': fileURLToPath(new URL('../src/cli.ts', import.meta.url)),
    'corpus-worker': fileURLToPath(new URL('../src/corpus-worker.ts', import.meta.url)),
  },
  outdir: fileURLToPath(new URL('../dist/bin/', import.meta.url)),
  bundle: true,
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
