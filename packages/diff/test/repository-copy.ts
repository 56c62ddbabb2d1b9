import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterEach } from 'vitest'
import { repoRoot } from './docs.js'

export const cli = path.resolve(import.meta.dirname, '../dist/cli.js')
export const englishPath = 'docs-source/en/concept-mfa-data-residency.md'
export const vocabularyPath = 'docs-source/vocabulary.yaml'

/** `pnpm docs:diff` with these arguments in `cwd`: its exit code and what it printed. */
export async function run(args: string[], cwd = repoRoot, env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], {
      cwd,
      env: { ...process.env, ...env },
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

const roots: string[] = []
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })))
})

type Edit = (text: string) => string
const same: Edit = (text) => text

/**
 * docs-source/ (the vocabulary included) and the committed dataset in a throwaway folder, removed
 * after each test, with the English and the vocabulary edited.
 */
export async function repoCopy(edit: Edit = same, editVocabulary: Edit = same) {
  const root = await mkdtemp(path.join(tmpdir(), 'mfa-residency-diff-'))
  roots.push(root)
  await cp(path.join(repoRoot, 'docs-source'), path.join(root, 'docs-source'), { recursive: true })
  await mkdir(path.join(root, 'packages/dataset/data'), { recursive: true })
  await cp(
    path.join(repoRoot, 'packages/dataset/data/dataset.json'),
    path.join(root, 'packages/dataset/data/dataset.json'),
  )
  for (const [file, change] of [
    [englishPath, edit],
    [vocabularyPath, editVocabulary],
  ] as const) {
    const place = path.join(root, file)
    await writeFile(place, change(await readFile(place, 'utf8')))
  }
  return root
}
