// scripts/run-built.mjs, the launcher behind `pnpm mfa-residency` and `pnpm docs:*`, run as those
// scripts run it, in a throwaway two-package workspace with the real turbo: a current build runs
// the command and nothing else; any edit to a build input, of the package or of a dependency,
// rebuilds first; a failed build shows turbo's output and runs nothing.
import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

const exec = promisify(execFile)
const repoRoot = path.resolve(import.meta.dirname, '../../..')
let root: string

// Each build appends its package's name to builds.log, so a test can count the builds that ran.
const buildScript = (name: string, file: string) =>
  `node -e "const fs=require('fs');fs.mkdirSync('dist',{recursive:true});fs.copyFileSync('src/${file}','dist/${file}');fs.appendFileSync('../../builds.log','${name}\\\\n')"`

async function write(file: string, text: string) {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true })
  await writeFile(path.join(root, file), text)
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'mfa-residency-run-built-'))
  for (const script of ['run-built.mjs', 'build-stamp.mjs', 'build-inputs.mjs'])
    await cp(path.join(repoRoot, 'scripts', script), path.join(root, 'scripts', script))
  await mkdir(path.join(root, 'node_modules'))
  await symlink(
    await realpath(path.join(repoRoot, 'node_modules/turbo')),
    path.join(root, 'node_modules/turbo'),
  )
  await write(
    'package.json',
    '{ "name": "scenario", "private": true, "packageManager": "pnpm@10.34.8" }\n',
  )
  await write('pnpm-workspace.yaml', 'packages:\n  - packages/*\n')
  await write('.gitignore', 'node_modules\ndist\n.turbo\nbuilds.log\n')
  await write(
    'turbo.json',
    JSON.stringify({
      tasks: {
        build: { dependsOn: ['^build'], inputs: ['src/**', 'package.json'], outputs: ['dist/**'] },
      },
    }),
  )
  const manifest = (name: string, file: string, dependencies = {}) =>
    JSON.stringify({
      name,
      private: true,
      dependencies,
      scripts: { build: buildScript(name, file) },
    })
  await write('packages/words/package.json', manifest('words', 'words.js'))
  await write('packages/words/src/words.js', "exports.word = 'first'\n")
  await write('packages/words/README.md', 'not a build input\n')
  await write('packages/say/package.json', manifest('say', 'say.js', { words: 'workspace:^' }))
  await write(
    'packages/say/src/say.js',
    "const { word } = require('../../words/dist/words.js')\nconsole.log(['say', word, process.argv.slice(2).join(' ')].join(' '))\n",
  )
  await exec('git', ['init', '-q'], { cwd: root })
})
afterAll(() => rm(root, { recursive: true, force: true }))

async function say(...args: string[]) {
  try {
    const run = await exec(
      process.execPath,
      ['scripts/run-built.mjs', 'say', 'packages/say/dist/say.js', ...args],
      { cwd: root, env: { ...process.env, NO_COLOR: '1' } },
    )
    return { code: 0, ...run }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

const builds = async () =>
  (await readFile(path.join(root, 'builds.log'), 'utf8').catch(() => ''))
    .split('\n')
    .filter(Boolean)

describe('scripts/run-built.mjs', () => {
  test('a fresh workspace builds both packages quietly, then runs the command with its arguments', async () => {
    const run = await say('hello', '--loud')
    expect(run).toMatchObject({ code: 0, stdout: 'say first hello --loud\n', stderr: '' })
    expect((await builds()).sort()).toEqual(['say', 'words'])
  })

  test('when the build is current, only the command runs', async () => {
    const before = await builds()
    expect(await say('again')).toMatchObject({ code: 0, stdout: 'say first again\n', stderr: '' })
    expect(await builds()).toEqual(before)
  })

  test('rewriting a file with the same content, or editing a file outside the inputs, builds nothing', async () => {
    const before = await builds()
    await write('packages/words/src/words.js', "exports.word = 'first'\n")
    await write('packages/words/README.md', 'still not a build input\n')
    expect((await say()).stdout).toBe('say first \n')
    expect(await builds()).toEqual(before)
  })

  test("an edit to a dependency's source rebuilds it before the command runs", async () => {
    const before = (await builds()).length
    await write('packages/words/src/words.js', "exports.word = 'second'\n")
    expect(await say()).toMatchObject({ code: 0, stdout: 'say second \n', stderr: '' })
    // turbo builds the dependent again too: its dependency's hash is one of its inputs.
    expect((await builds()).slice(before).sort()).toEqual(['say', 'words'])
  })

  test('a new file among the inputs counts as an edit', async () => {
    const before = (await builds()).length
    await write('packages/say/src/extra.js', '// not imported, but an input\n')
    expect((await say()).stdout).toBe('say second \n')
    expect((await builds()).length).toBe(before + 1)
  })

  test('a deleted build output rebuilds, even though no input changed', async () => {
    await rm(path.join(root, 'packages/words/dist'), { recursive: true })
    expect(await say()).toMatchObject({ code: 0, stdout: 'say second \n', stderr: '' })
  })

  test('a failed build shows its output, runs nothing, exits non-zero, and is retried next time', async () => {
    await write('packages/say/src/say.js', 'this is not javascript(\n')
    const manifest = JSON.parse(
      await readFile(path.join(root, 'packages/say/package.json'), 'utf8'),
    )
    manifest.scripts.build = 'node -e "console.error(\'say: the build broke\'); process.exit(3)"'
    await write('packages/say/package.json', JSON.stringify(manifest))
    const broken = await say()
    expect(broken.code).not.toBe(0)
    expect(broken.stdout).toBe('')
    expect(broken.stderr).toContain('say: the build broke')
    expect(broken.stderr).toContain('scripts/run-built.mjs: building say failed')
    const again = await say()
    expect(again.stderr).toContain('say: the build broke')
  })

  test('without a package and an entry it says how to call it', async () => {
    const run = await exec(process.execPath, ['scripts/run-built.mjs'], { cwd: root }).catch(
      (error) => error as { code: number; stderr: string },
    )
    expect(run).toMatchObject({ code: 2 })
    expect(run.stderr).toContain('usage: node scripts/run-built.mjs <package> <built entry>')
  })
})
