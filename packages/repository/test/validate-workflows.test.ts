// scripts/validate-workflows.mjs (`pnpm lint:workflows`): GitHub's workflow schema, and trigger
// path globs that must match a file, run as lint runs it, on this repository's workflows and on a
// throwaway repository with broken ones. It prints no warning a reader would have to decode.
import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

const exec = promisify(execFile)
const repoRoot = path.resolve(import.meta.dirname, '../../..')
let root: string

const validate = (cwd: string) =>
  exec(process.execPath, [path.join(cwd, 'scripts/validate-workflows.mjs')], { cwd }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error) => error as { code: number; stdout: string; stderr: string },
  )

async function workflows(files: Record<string, string>) {
  await rm(path.join(root, '.github'), { recursive: true, force: true })
  await mkdir(path.join(root, '.github/workflows'), { recursive: true })
  for (const [name, text] of Object.entries(files))
    await writeFile(path.join(root, '.github/workflows', name), text)
}

const job = (permissions = 'contents: read') =>
  `jobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions:\n      ${permissions}\n    steps:\n      - run: echo hi\n`

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'mfa-residency-workflows-'))
  for (const script of ['validate-workflows.mjs', 'build-inputs.mjs'])
    await cp(path.join(repoRoot, 'scripts', script), path.join(root, 'scripts', script))
  await symlink(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'))
  await mkdir(path.join(root, 'docs-source/en'), { recursive: true })
  await writeFile(path.join(root, 'docs-source/en/article.md'), '# A\n')
  await exec('git', ['init', '-q'], { cwd: root })
  await exec('git', ['add', 'docs-source'], { cwd: root })
})
afterAll(() => rm(root, { recursive: true, force: true }))

describe('scripts/validate-workflows.mjs', () => {
  test("this repository's workflows are valid, and it says so without a warning", async () => {
    const run = await validate(repoRoot)
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/^workflows: \d+ valid, every trigger path matches a file\n$/)
  })

  test('a path glob that matches a tracked file passes, silently', async () => {
    await workflows({ 'docs.yml': `on:\n  pull_request:\n    paths: [docs-source/**]\n${job()}` })
    expect(await validate(root)).toMatchObject({ code: 0, stderr: '' })
  })

  test('a path glob that matches no file is named, with the trigger it belongs to', async () => {
    await workflows({ 'docs.yml': `on:\n  push:\n    paths: ["doc-source/**"]\n${job()}` })
    const run = await validate(root)
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(
      '.github/workflows/docs.yml: /on/push/paths: "doc-source/**" matches no file\n',
    )
  })

  test('a schema error names the file and the path of the bad value', async () => {
    await workflows({
      'ok.yml': `on: push\n${job()}`,
      'bad.yml': `on: push\n${job('contents: sometimes')}`,
    })
    const run = await validate(root)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      '.github/workflows/bad.yml: /jobs/a/permissions/contents: Enum conditions are not met',
    )
    expect(run.stderr).not.toContain('ok.yml')
  })
})
