import { execFile, spawnSync } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import {
  appendFile,
  copyFile,
  cp,
  mkdir,
  mkdtemp,
  readFile,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stampPath } from '../src/run-stamp.js'
import { committedDataset, copyDocs, englishPath, type Run, swedishPath } from './repo.js'

// The "nothing changed" fast path (src/run-stamp.ts), through the built command: which path a run
// took is what NODE_DEBUG=mfa-residency prints; everything else must read as a full run would.
const cli = path.resolve(import.meta.dirname, '../dist/bin/mfa-residency-generate.js')
const debugLine = /^MFA-RESIDENCY \d+: (.*)\n/gm

interface TracedRun extends Run {
  /** What the run said about its path: "output current…" or "full run: <why>". */
  path: string
}

let root: string
let out: string

async function generate(...extra: string[]): Promise<TracedRun> {
  return traced(['--root', root, '--out', out, ...extra])
}

/** The built command with `args`, in `cwd`; `debug` adds NODE_DEBUG sections to ours. */
async function traced(args: string[], { cwd = root, debug = '' } = {}): Promise<TracedRun> {
  const env = { ...process.env, NODE_DEBUG: ['mfa-residency', debug].filter(Boolean).join(',') }
  const { code, stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], {
    cwd,
    env,
  }).then(
    (result) => ({ code: 0, ...result }),
    (error: Run) => error,
  )
  const trace = [...stderr.matchAll(debugLine)].map((match) => match[1]!)
  return { code, stdout, stderr: stderr.replace(debugLine, ''), path: trace.join('; ') }
}

beforeAll(async () => {
  root = await copyDocs()
  out = path.join(root, 'dataset.json')
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('a run where nothing changed', () => {
  it('is proved current by the stamp of the last run that found it so, and prints the same', async () => {
    const first = await generate()
    expect(first.stdout).toMatch(/^dataset\.json: written/)
    expect(first.path).toBe('full run: no stamp')
    // A run that wrote leaves no stamp: only one that found the output current proves it.
    const second = await generate()
    expect(second.path).toBe('full run: no stamp')
    expect(second.stdout).toMatch(/^dataset\.json: unchanged \(9 headings/)
    const third = await generate()
    expect(third.path).toMatch(/^output current/)
    expect({ ...third, path: '' }).toEqual({ ...second, path: '' })
  })

  it('runs in full after a source is edited, and writes the new output', async () => {
    const before = await readFile(out, 'utf8')
    await appendFile(path.join(root, englishPath), '\nA paragraph added by the test.\n')
    const edited = await generate()
    expect(edited.path).toBe(`full run: ${path.join(root, englishPath)} changed`)
    expect(edited.stdout).toMatch(/^dataset\.json: written/)
    const after = await readFile(out, 'utf8')
    expect(after).not.toBe(before)
    expect(after).toContain('A paragraph added by the test.')
    await generate()
    expect((await generate()).path).toMatch(/^output current/)
  })

  it('runs in full when the output was edited by hand, and restores it', async () => {
    const generated = await readFile(out, 'utf8')
    await writeFile(out, generated.replace('A paragraph added by the test.', 'Edited by hand.'))
    const restored = await generate()
    expect(restored.path).toBe(`full run: ${out} changed`)
    expect(restored.stdout).toMatch(/^dataset\.json: written/)
    expect(await readFile(out, 'utf8')).toBe(generated)
  })

  it('runs in full when a folder it lists changes, and --check keeps its own stamp', async () => {
    await generate()
    await writeFile(path.join(root, 'docs-source/en/new-article.md'), '# New\n\nText.\n')
    const listed = await generate()
    expect(listed.path).toBe(`full run: the listing of ${path.join(root, 'docs-source')} changed`)
    expect(listed.stderr).toContain('docs-source/en/new-article.md')
    await generate()
    const replayed = await generate()
    expect(replayed.path).toMatch(/^output current/)
    // The note about the unlisted document is part of what the run prints, so it is replayed.
    expect(replayed.stderr).toContain('docs-source/en/new-article.md')

    expect((await generate('--check')).path).toBe('full run: no stamp')
    const checked = await generate('--check')
    expect(checked.path).toMatch(/^output current/)
    expect(checked.stdout).toBe('dataset.json is up to date with docs-source/\n')
    await writeFile(out, '{}\n')
    const stale = await generate('--check')
    expect(stale.path).toBe(`full run: ${out} changed`)
    expect(stale.code).toBe(1)
    expect(stale.stderr).toMatch(/dataset\.json is stale/)
  })
})

describe('what a stamp does not take for granted', () => {
  beforeAll(async () => {
    // From the end of the tests above: an unlisted article, and an output reduced to `{}`.
    await rm(path.join(root, 'docs-source/en/new-article.md'))
    await generate()
  })

  it('a docs-source/ that appears nearer than the root found last time makes a full run', async () => {
    const sub = path.join(root, 'sub')
    await mkdir(sub)
    const args = ['--out', out, '--check']
    await traced(args, { cwd: sub })
    expect((await traced(args, { cwd: sub })).path).toMatch(/^output current/)
    await cp(path.join(root, 'docs-source'), path.join(sub, 'docs-source'), { recursive: true })
    await appendFile(path.join(sub, englishPath), '\nA paragraph only the nearer copy has.\n')
    const nearer = await traced(args, { cwd: sub })
    expect(nearer.path).toBe(`full run: the listing of ${path.join(sub, 'docs-source')} changed`)
    expect(nearer.code).toBe(1)
    expect(nearer.stderr).toMatch(/dataset\.json is stale/)
    await rm(sub, { recursive: true })
  })

  it('a link pointed elsewhere is a new listing, though its name and kind stay', async () => {
    const link = path.join(root, 'docs-source/sv/extra.txt')
    const outside = await mkdtemp(path.join(tmpdir(), 'mfa-residency-outside-'))
    await copyFile(path.join(root, swedishPath), path.join(outside, 'extra.txt'))
    await symlink(path.join(outside, 'extra.txt'), link)
    await generate()
    expect((await generate()).path).toMatch(/^output current/)
    await rm(link)
    await symlink('../en/concept-mfa-data-residency.md', link)
    const retargeted = await generate()
    expect(retargeted.path).toBe(
      `full run: the listing of ${path.join(root, 'docs-source')} changed`,
    )
    expect(retargeted.stderr).toContain('docs-source/sv/extra.txt')
    await rm(link)
    await rm(outside, { recursive: true })
  })

  it('replays what the run printed, not the NODE_DEBUG lines of how it was debugged', async () => {
    const fresh = path.join(root, 'fresh.json')
    const args = ['--root', root, '--out', fresh]
    await traced(args, { debug: 'mfa-residency-validation' })
    const debugged = await traced(args, { debug: 'mfa-residency-validation' })
    expect(debugged.stderr).toMatch(/^MFA-RESIDENCY-VALIDATION \d+: old output/m)
    const replayed = await traced(args)
    expect(replayed.path).toMatch(/^output current/)
    expect(replayed.stdout).toBe(debugged.stdout)
    expect(replayed.stderr).toBe('')
  })

  it('replays standard output and error in the order the run printed them', async () => {
    const unlisted = path.join(root, 'docs-source/en/unlisted.md')
    await writeFile(unlisted, '# Unlisted\n')
    // Both streams into one file, as `2>&1` has them: the note comes before the summary.
    const combined = async () => {
      const file = path.join(root, 'combined.txt')
      const fd = openSync(file, 'w')
      spawnSync(process.execPath, [cli, '--root', root, '--out', out], {
        cwd: root,
        env: { ...process.env, NODE_DEBUG: 'mfa-residency' },
        stdio: ['ignore', fd, fd],
      })
      closeSync(fd)
      const text = await readFile(file, 'utf8')
      const trace = [...text.matchAll(debugLine)].map((match) => match[1]!)
      return { path: trace.join('; '), text: text.replace(debugLine, '') }
    }
    const full = await combined()
    expect(full.path).toMatch(/^full run/)
    expect(full.text).toMatch(
      /^note: not in docs-source\/manifest\.json.*\ndataset\.json: unchanged/,
    )
    const replayed = await combined()
    expect(replayed.path).toMatch(/^output current/)
    expect(replayed.text).toBe(full.text)
    await rm(unlisted)
  })

  it('takes a stamp missing a field for no stamp, and runs in full', async () => {
    await generate()
    expect((await generate()).path).toMatch(/^output current/)
    const file = stampPath(root, ['--root', root, '--out', out])
    const { folders: _folders, ...torn } = JSON.parse(await readFile(file, 'utf8'))
    await writeFile(file, JSON.stringify(torn))
    const run = await generate()
    expect(run.path).toBe('full run: no stamp')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^dataset\.json: unchanged/)
  })

  it('hashes all the code a full run loads: its own files in dist/bin, and Node built-ins', async () => {
    // No output, so nothing to trust either: the run validates what it writes.
    await rm(out)
    const run = await traced(['--root', root, '--out', out], { debug: 'module' })
    expect(run.path).toMatch(/^full run/)
    expect(run.code).toBe(0)
    const loads = [...run.stderr.matchAll(/^MODULE \d+: load (.*?)(?: for module .*)?$/gm)]
    const files = loads.map(([, what]) => what!).filter((what) => !what.startsWith('built-in '))
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) expect(path.dirname(JSON.parse(file))).toBe(path.dirname(cli))
  })

  it('a run without --out notices when the packaged dataset it writes resolves elsewhere', async () => {
    // The built command in an install of its own, whose @mfa-residency/dataset is a link.
    const install = await mkdtemp(path.join(tmpdir(), 'mfa-residency-install-'))
    const at = (...parts: string[]) => path.join(install, ...parts)
    await cp(path.dirname(cli), at('bin'), { recursive: true })
    await writeFile(at('package.json'), '{ "name": "install" }\n')
    const exports = { './dataset.json': './data/dataset.json', './package.json': './package.json' }
    for (const [name, dataset] of [
      ['a', await readFile(committedDataset, 'utf8')],
      ['b', '{}\n'],
    ] as const) {
      await mkdir(at(name, 'data'), { recursive: true })
      await mkdir(at(name, 'src'))
      await writeFile(
        at(name, 'package.json'),
        JSON.stringify({ name: '@mfa-residency/dataset', exports }),
      )
      await writeFile(at(name, 'data', 'dataset.json'), dataset)
    }
    await mkdir(at('node_modules', '@mfa-residency'), { recursive: true })
    const linkTo = async (name: string) => {
      await rm(at('node_modules', '@mfa-residency', 'dataset'), { force: true })
      await symlink(at(name), at('node_modules', '@mfa-residency', 'dataset'))
    }
    const run = () => {
      const { stderr } = spawnSync(
        process.execPath,
        [at('bin', path.basename(cli)), '--root', root],
        {
          cwd: root,
          env: { ...process.env, NODE_DEBUG: 'mfa-residency' },
          encoding: 'utf8',
        },
      )
      return [...stderr.matchAll(debugLine)].map((match) => match[1]).join('; ')
    }
    await linkTo('a')
    // The first run writes a's dataset for this root, the second finds it current and stamps it.
    run()
    run()
    expect(run()).toMatch(/^output current/)
    await linkTo('b')
    expect(run()).toBe(`full run: the listing of ${at('node_modules', '@mfa-residency')} changed`)
    // b's `{}` was replaced by a dataset of these docs.
    const written = JSON.parse(await readFile(at('b', 'data', 'dataset.json'), 'utf8'))
    expect(written).toMatchObject({ schemaVersion: 2, locales: ['en', 'sv'] })
    // Deleted, it is written again.
    await rm(at('b', 'data', 'dataset.json'))
    expect(run()).toMatch(/^full run/)
    expect(await readFile(at('b', 'data', 'dataset.json'), 'utf8')).toBe(
      `${JSON.stringify(written, null, 2)}\n`,
    )
    await rm(install, { recursive: true, force: true })
  })
})
