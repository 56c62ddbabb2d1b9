// Where loading the bundled command touches fresh memory: minor page faults (2 µs each on the
// project's machine) and milliseconds of each step that src/code-cache.ts takes, in this order:
// `node:crypto`, reading the bundle, decoding it, reading its code cache, compiling it with the
// cache, running its top level. After `pnpm build` and one run of the command (which writes the
// cache):
//   node packages/generator/bench/load-page-faults.cjs
const fs = require('node:fs')
const path = require('node:path')
const faults = () => process.resourceUsage().minorPageFault
const marks = [['start', faults(), performance.now()]]
const mark = (label) => marks.push([label, faults(), performance.now()])

require('node:crypto')
mark('node:crypto')
const vm = require('node:vm')
const dir = path.resolve(__dirname, '../dist/bin')
const cacheDir =
  process.env.MFA_RESIDENCY_CODE_CACHE_DIR ||
  path.resolve(__dirname, '../node_modules/.cache/mfa-residency/code-cache')
const file = path.join(
  dir,
  fs.readdirSync(dir).find((name) => /^command-.*\.cjs$/.test(name)),
)
const cacheName = fs.readdirSync(cacheDir).find((name) => name.startsWith('command.'))
if (!cacheName) throw new Error(`no code cache of the command in ${cacheDir}: run it once first`)
const bytes = fs.readFileSync(file)
mark('read the bundle')
const source = bytes.toString('utf8')
mark('decode it')
const cachedData = fs.readFileSync(path.join(cacheDir, cacheName))
mark('read its code cache')
const script = new vm.Script(
  `(function (exports, require, module, __filename, __dirname, __importMetaUrl, __importMetaResolve) {${source}\n})`,
  { filename: file, cachedData },
)
mark(script.cachedDataRejected ? 'compile (cache REJECTED)' : 'compile with the cache')
const bundle = { exports: {} }
script
  .runInThisContext()
  .call(bundle.exports, bundle.exports, require, bundle, file, dir, `file://${file}`, (s) => s)
mark('run its top level')

console.log('| step | minor page faults | ms |\n| --- | ---: | ---: |')
for (let index = 1; index < marks.length; index++) {
  const [label, count, time] = marks[index]
  const [, before, start] = marks[index - 1]
  console.log(`| ${label} | ${count - before} | ${(time - start).toFixed(2)} |`)
}
console.log(`| the whole process so far | ${faults()} | |`)
