// The site's build time, its bytes per page (gzipped), and how long Chromium takes to load the
// home page from 127.0.0.1. Medians. Usage: node bench/site-metrics.mjs [runs]   (after `pnpm build`)
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { serve } from '../lib/serve.js'

const runs = Number(process.argv[2] ?? 9)
const site = fileURLToPath(new URL('..', import.meta.url))
const dist = path.join(site, 'dist')
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const builds = Array.from({ length: runs }, () => {
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, ['lib/build-site.js'], { cwd: site, stdio: 'ignore' })
  if (result.status !== 0) throw new Error('build failed')
  return Number(process.hrtime.bigint() - start) / 1e6
})
console.log(
  `build (node lib/build-site.js: diff of docs vs dataset, 28 files, client script): median ${median(builds).toFixed(0)} ms over ${runs} runs\n`,
)

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length
console.log('| page | HTML | HTML gzipped |\n| --- | ---: | ---: |')
for (const locale of ['en', 'sv']) {
  for (const file of readdirSync(path.join(dist, locale)).sort()) {
    const full = path.join(dist, locale, file)
    console.log(`| ${locale}/${file} | ${statSync(full).size} B | ${gz(full)} B |`)
  }
}
for (const asset of ['assets/site.js', 'assets/site.css']) {
  console.log(
    `| ${asset} (every page) | ${statSync(path.join(dist, asset)).size} B | ${gz(path.join(dist, asset))} B |`,
  )
}

const server = await serve(dist)
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
})
const loads = []
for (let run = 0; run < runs + 2; run++) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${server.url}/en/index.html`, { waitUntil: 'load' })
  const timing = await page.evaluate(() => performance.getEntriesByType('navigation')[0].toJSON())
  if (run >= 2) loads.push(timing.loadEventEnd)
  await context.close()
}
await browser.close()
await server.close()
console.log(
  `\nChromium, en/index.html from 127.0.0.1, fresh context each time: load event at median ${median(loads).toFixed(1)} ms (${runs} runs after 2 warm-ups)`,
)
