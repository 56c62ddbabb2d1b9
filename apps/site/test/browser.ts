import { existsSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import { writeSite } from '../src/build-site.js'
import { serve } from '../src/serve.js'

// What the browser tests share: Chromium, the built site, axe, and the text a reader sees.
const require = createRequire(import.meta.url)
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const hasChromium = existsSync(chromiumPath)
if (!hasChromium && !process.env.CI)
  console.warn(`browser tests skipped: no Chromium at ${chromiumPath} (apt-get install chromium)`)

export const dist = path.resolve(import.meta.dirname, '../dist')
const shots = path.resolve(import.meta.dirname, '../../../test-results/site-screenshots')
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

// As the machine's probe runs it: headless, no sandbox as root, no background network.
export const launch = () =>
  chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })

/**
 * Write rendered pages to a temporary folder, serve them on loopback and open Chromium; `use` gets
 * the server's address and the browser, and everything is closed and removed afterwards.
 */
export async function withSite(
  files: Map<string, string>,
  use: (url: string, browser: Browser) => Promise<void>,
  folder?: string,
): Promise<void> {
  const out = folder ?? (await mkdtemp(path.join(tmpdir(), 'mfa-residency-site-')))
  const site = path.join(out, 'dist')
  await writeSite(files, site)
  const server = await serve(site)
  const browser = await launch()
  try {
    await use(server.url, browser)
  } finally {
    await browser.close()
    await server.close()
    await rm(out, { recursive: true, force: true })
  }
}

export async function axe(page: Page) {
  await page.addScriptTag({ content: axeSource })
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> }
      }
    ).axe.run()
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    )
  })
}

/**
 * The screens a full-page shot keeps. The timeline is some 50 screens tall; Chromium took 6 s for
 * all of it here and more than Playwright's 30 s on a loaded CI machine, for a picture nobody reads
 * to the end.
 */
const screensPerShot = 6

/**
 * Save what the page shows to `test-results/site-screenshots/<name>.png`, a CI artefact for
 * reviewers. `fullPage` takes the page from the top, up to `screensPerShot` screens, by making the
 * viewport that tall for the shot (a clipped full-page shot still lays out the whole page).
 */
export async function saveScreenshot(page: Page, name: string, { fullPage = false } = {}) {
  await mkdir(shots, { recursive: true })
  const file = path.join(shots, `${name}.png`)
  const viewport = page.viewportSize()
  if (!fullPage || !viewport) return void (await page.screenshot({ path: file, fullPage }))
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  await page.setViewportSize({
    ...viewport,
    height: Math.min(height, viewport.height * screensPerShot),
  })
  await page.screenshot({ path: file })
  await page.setViewportSize(viewport)
}

/** innerText, not the HTML: what a reader sees, with runs of white space as one space. */
export async function visibleText(page: Page, url: string): Promise<string> {
  await page.goto(url)
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point; textContent also counts text nobody sees.
  return normalize(await page.locator('body').innerText())
}
export const normalize = (text: string) => text.replace(/\s+/g, ' ').trim()
