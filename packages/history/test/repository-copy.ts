import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { createHistory, type HistoryQueries } from '@mfa-residency/dataset/history-queries'

export const repoRoot = path.resolve(import.meta.dirname, '../../..')
export const committedDataset = path.join(repoRoot, 'packages/dataset/data/dataset.json')
export const committedHistory = path.join(repoRoot, 'packages/dataset/data/history.json')
const historyCli = path.resolve(import.meta.dirname, '../dist/cli.js')
const generatorCli = path.resolve(repoRoot, 'packages/generator/dist/bin/mfa-residency-generate.js')

// Real upstream versions from ../shared/corpus (CC BY 4.0, Microsoft), read in place.
const corpusCandidate = process.env.MFA_CORPUS_DIR ?? path.resolve(repoRoot, '../shared/corpus')
export const corpusDir = existsSync(path.join(corpusCandidate, 'en-history/index.tsv'))
  ? corpusCandidate
  : null

export interface Run {
  code: number
  stdout: string
  stderr: string
}

async function run(cli: string, args: string[], cwd: string): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], {
      cwd,
      maxBuffer: 16 * 1024 * 1024,
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

/** The built docs:history command, as a user runs it. */
export const runHistory = (args: string[], cwd = repoRoot) => run(historyCli, args, cwd)

/** A throwaway repository: docs-source/ and today's dataset, to import into and generate. */
export async function copyRepository(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'mfa-residency-history-'))
  await cp(path.join(repoRoot, 'docs-source'), path.join(root, 'docs-source'), { recursive: true })
  await mkdir(path.join(root, 'data'))
  await cp(committedDataset, path.join(root, 'data/dataset.json'))
  return root
}

/** `pnpm generate` in a copy: the dataset (its memory the copy's), then the history. */
export async function generate(root: string): Promise<HistoryQueries> {
  const dataset = path.join(root, 'data/dataset.json')
  const made = await run(generatorCli, ['--root', root, '--out', dataset], root)
  if (made.code !== 0) throw new Error(`generate failed: ${made.stderr}`)
  const history = path.join(root, 'data/history.json')
  const ledger = await runHistory([
    'generate',
    '--root',
    root,
    '--dataset',
    dataset,
    '--out',
    history,
  ])
  if (ledger.code !== 0) throw new Error(`docs:history generate failed: ${ledger.stderr}`)
  return createHistory(JSON.parse(await readFile(history, 'utf8')))
}
