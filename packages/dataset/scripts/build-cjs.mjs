// The CommonJS half of the dual package: dist/index.cjs requires the same data/dataset.json, and
// .d.cts twins of the declarations give `require` its own types.
import { readFile, writeFile } from 'node:fs/promises'
import { build } from 'esbuild'

const dist = new URL('../dist/', import.meta.url)
await build({
  entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
  outfile: new URL('index.cjs', dist).pathname,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  bundle: false,
  logLevel: 'warning',
})
for (const name of ['index', 'types.generated']) {
  const types = await readFile(new URL(`${name}.d.ts`, dist), 'utf8')
  const twin = types
    .replaceAll("from './types.generated.js'", "from './types.generated.cjs'")
    .replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n')
  await writeFile(new URL(`${name}.d.cts`, dist), twin)
}
