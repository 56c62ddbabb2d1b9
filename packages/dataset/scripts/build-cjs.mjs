// The CommonJS half of the dual package: dist/index.cjs requires the same data/dataset.json, and
// .d.cts twins of the declarations give `require` its own types.
import { readFile, writeFile } from 'node:fs/promises'
import { build } from 'esbuild'

const dist = new URL('../dist/', import.meta.url)
const modules = [
  'index',
  'paths',
  'terms',
  'vocabulary',
  'provenance',
  'at-a-glance',
  'history',
  'history-queries',
  'history-entities',
  'history-parts',
  'history-snapshot',
]
for (const name of modules) {
  await build({
    entryPoints: [new URL(`../src/${name}.ts`, import.meta.url).pathname],
    outfile: new URL(`${name}.cjs`, dist).pathname,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    bundle: false,
    logLevel: 'warning',
  })
  // Without bundling, esbuild keeps the ESM file names of local modules.
  const cjs = new URL(`${name}.cjs`, dist)
  const code = await readFile(cjs, 'utf8')
  await writeFile(cjs, code.replaceAll(/require\("\.\/([\w.-]+)\.js"\)/g, 'require("./$1.cjs")'))
}
for (const name of [
  ...modules,
  'types.generated',
  'corpus-index.generated',
  'ids.generated',
  'history.generated',
]) {
  const types = await readFile(new URL(`${name}.d.ts`, dist), 'utf8')
  const twin = types
    .replaceAll(/from '\.\/([\w.-]+)\.js'/g, "from './$1.cjs'")
    .replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n')
  await writeFile(new URL(`${name}.d.cts`, dist), twin)
}
