#!/usr/bin/env node
import { compareSnapshots, formatText, resolveSnapshot } from '@mfa-residency/diff'
import { terminalLines, terminalText } from '@mfa-residency/output-safety'
import {
  exitOnClosedPipe,
  findRepositoryRoot,
  MANIFEST_PATH,
  parseCommandLine,
  useColor,
} from '@mfa-residency/repository'
import { pullDocs } from './pull-docs.js'
import { describeUpstreams, parseAllowedHost } from './upstream-policy.js'

/** An error's message for stderr: it may quote document or upstream text. */
const messageText = (error: unknown) => terminalLines(String((error as Error).message))

class UsageError extends Error {}

const usage = `Usage: pnpm docs:pull [--locale <locale>]… [--timeout <ms>] [--retries <n>]
                     [--allow-host <host>]…

Fetch the latest upstream article for each locale listed in ${MANIFEST_PATH} into docs-source/,
then report what changed against the committed dataset (run \`pnpm generate\` to take it in).
Nothing is replaced unless every fetched document parses and carries the expected title.

Upstreams must be ${describeUpstreams()};
--allow-host adds an https host (the manifest cannot). --allow-loopback-for-tests also allows
http://127.0.0.1:<port>, for tests with a local server.`

async function main(): Promise<number> {
  const parsed = parseCommandLine(
    process.argv.slice(2),
    {
      locale: { type: 'string', multiple: true },
      timeout: { type: 'string' },
      retries: { type: 'string' },
      'allow-host': { type: 'string', multiple: true },
      'allow-loopback-for-tests': { type: 'boolean' },
    },
    usage,
  )
  if ('exit' in parsed) return parsed.exit
  const { values } = parsed
  const root = findRepositoryRoot(process.cwd())
  if (!root) {
    console.error(`error: no ${MANIFEST_PATH} in this folder or above`)
    return 2
  }
  const count = (name: string, value: string | undefined, min: number) => {
    if (value === undefined) return undefined
    const number = Number(value)
    if (!Number.isInteger(number) || number < min)
      throw new UsageError(`--${name} must be a whole number of at least ${min}, not "${value}"`)
    return number
  }
  let timeoutMs: number | undefined
  let retries: number | undefined
  const allowHosts: string[] = []
  try {
    timeoutMs = count('timeout', values.timeout, 1)
    retries = count('retries', values.retries, 0)
    for (const value of values['allow-host'] ?? []) {
      const host = parseAllowedHost(value)
      if (host === null)
        throw new UsageError(
          `--allow-host expects a host name, optionally with :port, not ${JSON.stringify(value)}`,
        )
      allowHosts.push(host)
    }
  } catch (error) {
    console.error(`${messageText(error)}\n\n${usage}`)
    return 2
  }
  const fetch = {
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(retries !== undefined ? { attempts: retries + 1 } : {}),
    policy: { allowHosts, allowLoopback: values['allow-loopback-for-tests'] === true },
    // A redirect's target is the upstream's Location header: text from the network.
    onRedirect: (from: string, to: string) =>
      console.error(terminalText(`redirected: ${from} → ${to}`)),
  }
  const pulled = await pullDocs(root, {
    ...(values.locale ? { locales: values.locale } : {}),
    fetch,
  })
  for (const doc of pulled)
    console.error(
      terminalText(
        `${doc.locale}: ${doc.url} → ${doc.path} (${doc.changed ? 'updated' : 'unchanged'})`,
      ),
    )
  try {
    const report = compareSnapshots(
      await resolveSnapshot('committed', root),
      await resolveSnapshot('working', root),
    )
    // formatText passes every document string through terminalText before colouring.
    process.stdout.write(formatText(report, { color: useColor() }))
  } catch (error) {
    console.error(`pulled, but the report failed: ${messageText(error)}`)
    return 1
  }
  return 0
}

exitOnClosedPipe()

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // A failed write restores what it replaced and says so; anything else failed before writing.
    // Messages quote upstream text (a title, a header, a parse issue's words).
    console.error(`error: ${messageText(error)}`)
    process.exitCode = 1
  },
)
