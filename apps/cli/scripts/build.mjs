// Bundle the CLI into one CommonJS file with the dataset inlined (CommonJS: Node 20 starts it
// several milliseconds sooner than an ES module), and list the bundled packages' licences.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { build } from 'esbuild'

const require = createRequire(import.meta.url)
const cli = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const datasetPackage = require('@mfa-residency/dataset/package.json')

// V8 parses a large object faster from a JSON string than from an object literal.
const jsonAsString = {
  name: 'json-as-string',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, ({ path }) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))))})`,
      loader: 'js',
    }))
  },
}

const result = await build({
  entryPoints: [new URL('../src/main.ts', import.meta.url).pathname],
  outfile: new URL('../dist/mfa-residency.cjs', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  metafile: true,
  banner: { js: '#!/usr/bin/env node' },
  define: {
    CLI_VERSION: JSON.stringify(cli.version),
    DATASET_VERSION: JSON.stringify(datasetPackage.version),
  },
  logLevel: 'warning',
  plugins: [jsonAsString],
})

// Third-party code inside the bundle keeps its notice.
const packages = new Map()
// Only what reached the output: esbuild also reads modules that tree shaking then drops.
const [output] = Object.values(result.metafile.outputs)
for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
  if (bytesInOutput === 0) continue
  const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/@][^/]*))\//.exec(input)
  if (!match || match[2].startsWith('@mfa-residency/') || packages.has(match[2])) continue
  const manifest = JSON.parse(
    readFileSync(new URL(`../${match[1]}/package.json`, import.meta.url), 'utf8'),
  )
  packages.set(match[2], `${match[2]}@${manifest.version}: ${manifest.license}`)
}
writeFileSync(
  new URL('../dist/THIRD-PARTY-NOTICES.txt', import.meta.url),
  `Bundled into mfa-residency.cjs:\n${[...packages.values()].sort().join('\n')}\n\nThe bundled data is Microsoft Learn content, © Microsoft, CC BY 4.0.\n`,
)
