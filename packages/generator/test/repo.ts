import { execFile } from 'node:child_process'
import { cp, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

export const repoRoot = path.resolve(import.meta.dirname, '../../..')
export const committedDataset = path.join(repoRoot, 'packages/dataset/data/dataset.json')
export const englishPath = 'docs-source/en/concept-mfa-data-residency.md'
export const swedishPath = 'docs-source/sv/concept-mfa-data-residency.txt'
// The bundled command, as `pnpm generate` runs it.
const cli = path.resolve(import.meta.dirname, '../dist/bin/mfa-residency-generate.js')

/** A throwaway copy of docs-source/ to break in tests. */
export async function copyDocs(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'mfa-residency-'))
  await cp(path.join(repoRoot, 'docs-source'), path.join(root, 'docs-source'), { recursive: true })
  return root
}

export interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Run the built generator CLI as a user would. */
export async function runCli(args: string[], cwd = repoRoot): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], { cwd })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}
