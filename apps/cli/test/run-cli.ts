import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

export const bin = path.resolve(import.meta.dirname, '../dist/mfa-residency.cjs')
export const datasetFile = path.resolve(
  import.meta.dirname,
  '../../../packages/dataset/data/dataset.json',
)

/**
 * The built CLI as a subprocess, in a fixed 100-column, colourless, English environment; in this
 * checkout unless `cwd` says where (a folder outside it is where an installed CLI runs).
 */
export async function run(args: string[], env: Record<string, string> = {}, cwd?: string) {
  const environment = { PATH: process.env.PATH ?? '', COLUMNS: '100', NO_COLOR: '1', ...env }
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], {
      env: environment,
      ...(cwd ? { cwd } : {}),
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}
