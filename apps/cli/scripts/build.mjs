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

// The Markdown commands (diff, export --format md) are a second bundle that the first loads only
// when one of them runs: every other command starts without parsing the Markdown serializer.
const markdownBundle = './markdown.cjs'
// So is the history (`history`, `--as-of`, the notes on what an answer lost), ≈ 280 kB of JSON.
const historyBundle = './history.cjs'
const bundlesApart = {
  name: 'bundles-apart',
  setup(build) {
    build.onResolve({ filter: /\/markdown-commands\.js$/ }, ({ kind }) =>
      kind === 'dynamic-import' ? { path: markdownBundle, external: true } : undefined,
    )
    build.onResolve({ filter: /\/bundled-history\.js$/ }, ({ kind }) =>
      kind === 'dynamic-import' ? { path: historyBundle, external: true } : undefined,
    )
  },
}

const shared = {
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
}
const main = await build({
  ...shared,
  entryPoints: [new URL('../src/main.ts', import.meta.url).pathname],
  outfile: new URL('../dist/mfa-residency.cjs', import.meta.url).pathname,
  // `import()` as `require()`: an import() would start Node's ES module loader, slower than the
  // whole of what it loads.
  supported: { 'dynamic-import': false },
  plugins: [jsonAsString, bundlesApart],
})
const apart = (entry, bundle) =>
  build({
    ...shared,
    banner: {},
    entryPoints: [new URL(`../src/${entry}`, import.meta.url).pathname],
    outfile: new URL(`../dist/${bundle}`, import.meta.url).pathname,
    plugins: [jsonAsString],
  })
const markdown = await apart('markdown-commands.ts', markdownBundle)
const history = await apart('bundled-history.ts', historyBundle)

// Third-party code inside the bundle keeps its notice.
const packages = new Map()
// Only what reached the output: esbuild also reads modules that tree shaking then drops.
const inputs = [main, markdown, history].flatMap((result) =>
  Object.values(result.metafile.outputs).flatMap((output) => Object.entries(output.inputs)),
)
for (const [input, { bytesInOutput }] of inputs) {
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
  `Bundled into mfa-residency.cjs, markdown.cjs and history.cjs:\n${[...packages.values()].sort().join('\n')}\n\nThe bundled data is Microsoft Learn content, © Microsoft, CC BY 4.0.\n`,
)
