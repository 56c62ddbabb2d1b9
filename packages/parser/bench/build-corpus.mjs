// Builds a synthetic corpus for throughput benchmarks from ../shared/corpus and the seeds, laid out
// as the generator reads it: <out>/<locale>/<article>.<ext>. The real articles are repeated under new
// names until the corpus reaches the wanted size (all locales counted):
// - the 26 robustness articles and 12 English versions of the MFA article, English only;
// - the 2021 English MFA article with its Swedish, German and French markdown;
// - the seed article: English markdown with the Swedish Learn plain text.
// Every markdown copy ends in a comment naming the copy, so no two articles have the same bytes and
// a content-hash cache cannot skip repeats. The corpus itself is never committed.
// Usage: node bench/build-corpus.mjs <out-dir> [megabytes=10]
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const [out, megabytes = '10'] = process.argv.slice(2)
if (!out) throw new Error('usage: node bench/build-corpus.mjs <out-dir> [megabytes]')
const shared = process.env.MFA_SHARED_DIR ?? path.resolve(import.meta.dirname, '../../../../shared')
const corpus = process.env.MFA_CORPUS_DIR ?? path.join(shared, 'corpus')
const read = (...parts) => readFileSync(path.join(...parts), 'utf8')
const markdownIn = (dir) =>
  readdirSync(path.join(corpus, dir))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ en: { ext: '.md', text: read(corpus, dir, name) } }))
const seeds = readdirSync(path.join(shared, 'seeds')).sort()
const seedFile = (prefix) =>
  read(
    shared,
    'seeds',
    seeds.find((name) => name.startsWith(prefix)),
  )

const templates = [
  ...markdownIn('robustness'),
  ...markdownIn('en-history'),
  {
    en: { ext: '.md', text: read(corpus, 'en-history', '2021-01-14_b.md') },
    sv: { ext: '.md', text: read(corpus, 'sv-history', '2021-01-14_5824766.md') },
    de: { ext: '.md', text: read(corpus, 'other-locales', 'de-de_christophbittig_7220ab3.md') },
    fr: { ext: '.md', text: read(corpus, 'other-locales', 'fr-fr_stephanemora_230d9b1.md') },
  },
  {
    en: { ext: '.md', text: seedFile('000_') },
    sv: { ext: '.txt', text: seedFile('004_') },
  },
]

const target = Number(megabytes) * 1e6
rmSync(out, { recursive: true, force: true })
let bytes = 0
let count = 0
let files = 0
while (bytes < target) {
  const article = `article-${String(count).padStart(5, '0')}`
  for (const [locale, { ext, text }] of Object.entries(templates[count % templates.length])) {
    const copy =
      ext === '.md'
        ? `${text}${text.endsWith('\n') ? '' : '\n'}\n<!-- synthetic copy ${count} -->\n`
        : text
    mkdirSync(path.join(out, locale), { recursive: true })
    writeFileSync(path.join(out, locale, `${article}${ext}`), copy)
    bytes += Buffer.byteLength(copy)
    files++
  }
  count++
}
console.log(`${out}: ${count} articles, ${files} files, ${(bytes / 1e6).toFixed(1)} MB`)
