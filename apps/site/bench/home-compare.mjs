// The overview against a baseline build of the site: gzipped bytes of each locale's index.html,
// and Chromium's load event for both, interleaved run by run so both see the same machine. (First
// contentful paint is not used: headless Chromium often has none by the load event.) Usage: node bench/home-compare.mjs <baseline dist> [runs]   (after build)
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { serve } from '../lib/serve.js'

const [baselineDist, runsArgument] = process.argv.slice(2)
if (!baselineDist) throw new Error('usage: node bench/home-compare.mjs <baseline dist> [runs]')
const runs = Number(runsArgument ?? 21)
const dist = fileURLToPath(new URL('../dist', import.meta.url))
const sorted = (values) => [...values].sort((a, b) => a - b)
const median = (values) => sorted(values)[Math.floor(values.length / 2)]
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length

const sides = { baseline: path.resolve(baselineDist), current: dist }
console.log(
  '| page | baseline gzipped | current gzipped | current / baseline |\n| --- | ---: | ---: | ---: |',
)
for (const locale of ['en', 'sv']) {
  const [before, after] = Object.values(sides).map((root) =>
    gz(path.join(root, locale, 'index.html')),
  )
  console.log(
    `| ${locale}/index.html | ${before} B | ${after} B | ${(after / before).toFixed(2)}× |`,
  )
}

const servers = Object.fromEntries(
  await Promise.all(Object.entries(sides).map(async ([side, root]) => [side, await serve(root)])),
)
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
})
const timings = { baseline: [], current: [] }
for (let run = 0; run < runs + 2; run++) {
  // Alternate which side goes first, so neither always meets a warmer browser.
  const order = run % 2 === 0 ? ['baseline', 'current'] : ['current', 'baseline']
  for (const side of order) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${servers[side].url}/en/index.html`, { waitUntil: 'load' })
    const load = await page.evaluate(
      () => performance.getEntriesByType('navigation')[0].loadEventEnd,
    )
    if (run >= 2) timings[side].push(load)
    await context.close()
  }
}
await browser.close()
await Promise.all(Object.values(servers).map((server) => server.close()))

const describe = (values) =>
  `median ${median(values).toFixed(1)} ms (min ${sorted(values)[0].toFixed(1)}, max ${sorted(values).at(-1).toFixed(1)})`
console.log(
  `\nChromium, en/index.html from 127.0.0.1 at 1280×900, fresh context, ${runs} interleaved runs after 2 warm-ups:`,
)
const ratio = median(timings.current) / median(timings.baseline)
console.log(
  `- load event: baseline ${describe(timings.baseline)}; current ${describe(timings.current)}; current / baseline ${ratio.toFixed(2)}×`,
)
