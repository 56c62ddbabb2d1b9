// The first pass of findQuantities over every line and cell of both seeds, in a fresh process:
// pattern compiling included, as a one-article run pays it. Prints milliseconds as JSON; run it
// several times, interleaved with a baseline build, and take medians. After `pnpm build`:
//   node packages/parser/bench/quantities-first-pass.mjs
import { readFileSync } from 'node:fs'
import { findQuantities } from '../dist/index.js'

const seed = (file) =>
  readFileSync(new URL(`../../../docs-source/${file}`, import.meta.url), 'utf8')
const english = seed('en/concept-mfa-data-residency.md').split(/\n|\|/)
const swedish = seed('sv/concept-mfa-data-residency.txt').split(/\n|\t/)
const pass = () => {
  let found = 0
  for (const text of english) found += findQuantities(text, 'en').length
  for (const text of swedish) found += findQuantities(text, 'sv').length
  return found
}
let start = performance.now()
const found = pass()
const first = performance.now() - start
start = performance.now()
pass()
const again = performance.now() - start
console.log(JSON.stringify({ first: first.toFixed(2), again: again.toFixed(2), found }))
