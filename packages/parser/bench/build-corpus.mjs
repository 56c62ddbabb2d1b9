// Builds a synthetic corpus for throughput benchmarks from ../shared/corpus: its 43 real Learn
// markdown files, copied under new names until the corpus reaches the wanted size, laid out as
// <out>/en/<article>.md. The corpus itself is never committed.
// Usage: node bench/build-corpus.mjs <out-dir> [megabytes=10]
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const [out, megabytes = '10'] = process.argv.slice(2)
if (!out) throw new Error('usage: node bench/build-corpus.mjs <out-dir> [megabytes]')
const source =
  process.env.MFA_CORPUS_DIR ?? path.resolve(import.meta.dirname, '../../../../shared/corpus')
const files = readdirSync(source, { recursive: true })
  .filter((name) => name.endsWith('.md') && !name.endsWith('README.md'))
  .sort()
  .map((name) => readFileSync(path.join(source, name), 'utf8'))
const target = Number(megabytes) * 1e6
rmSync(out, { recursive: true, force: true })
mkdirSync(path.join(out, 'en'), { recursive: true })
let bytes = 0
let count = 0
while (bytes < target) {
  const text = files[count % files.length]
  writeFileSync(path.join(out, 'en', `article-${String(count).padStart(5, '0')}.md`), text)
  bytes += Buffer.byteLength(text)
  count++
}
console.log(`${out}: ${count} articles, ${(bytes / 1e6).toFixed(1)} MB`)
