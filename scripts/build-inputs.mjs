// What turbo's `build` task of a workspace package depends on, read the way turbo reads it: the
// package and its workspace dependencies (`dependsOn: ["^build"]`), and for each the files its
// `build.inputs` globs name (root turbo.json, or the package's own with `$TURBO_EXTENDS$`,
// `$TURBO_DEFAULT$` and `$TURBO_ROOT$/`). Synchronous on purpose: it runs before every launch of a
// built command, and a few hundred small reads finish sooner without the event loop.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const DEPENDENCY_FIELDS = [
  'dependencies',
  'devDependencies',
  'optionalDependencies',
  'peerDependencies',
]
// Never inputs: git's and pnpm's own folders, and turbo's logs.
const NEVER = new Set(['.git', 'node_modules', '.turbo'])

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'))

/** Every workspace package: name → folder (relative to the root), from pnpm-workspace.yaml. */
export function workspacePackages(root) {
  const yaml = readFileSync(path.join(root, 'pnpm-workspace.yaml'), 'utf8')
  const block = /^packages:\n((?:\s+-.*\n?)+)/m.exec(yaml)?.[1] ?? ''
  const patterns = block.split('\n').flatMap((line) => {
    const match = /^\s+-\s+["']?([^"'#\s]+)/.exec(line)
    return match ? [match[1]] : []
  })
  const folders = new Map()
  for (const pattern of patterns) {
    if (!pattern.endsWith('/*')) throw new Error(`pnpm-workspace.yaml: unsupported ${pattern}`)
    const parent = pattern.slice(0, -2)
    for (const entry of readdirSync(path.join(root, parent), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue
      const folder = `${parent}/${entry.name}`
      try {
        folders.set(readJson(path.join(root, folder, 'package.json')).name, folder)
      } catch (error) {
        if (error.code !== 'ENOENT') throw error
      }
    }
  }
  return folders
}

/** `name` and every workspace package it depends on, directly or not, sorted by folder. */
export function buildClosure(root, name) {
  const packages = workspacePackages(root)
  if (!packages.has(name)) throw new Error(`no workspace package named ${name}`)
  const seen = new Map()
  const visit = (current) => {
    if (seen.has(current)) return
    const folder = packages.get(current)
    const manifest = readJson(path.join(root, folder, 'package.json'))
    seen.set(current, { name: current, folder, manifest })
    for (const field of DEPENDENCY_FIELDS)
      for (const dependency of Object.keys(manifest[field] ?? {}))
        if (packages.has(dependency)) visit(dependency)
  }
  visit(name)
  return [...seen.values()].sort((a, b) => a.folder.localeCompare(b.folder))
}

const rootTurbo = (root) => readJson(path.join(root, 'turbo.json'))

function packageTurbo(root, folder) {
  try {
    return readJson(path.join(root, folder, 'turbo.json'))
  } catch (error) {
    if (error.code === 'ENOENT') return null
    throw error
  }
}

/** The build task's input globs and output globs for one package, as turbo merges them. */
export function buildTask(root, folder) {
  const base = rootTurbo(root).tasks.build
  const own = packageTurbo(root, folder)?.tasks?.build
  if (!own) return { inputs: base.inputs, outputs: base.outputs ?? [] }
  const inputs = (own.inputs ?? ['$TURBO_EXTENDS$']).flatMap((glob) =>
    glob === '$TURBO_EXTENDS$' ? base.inputs : [glob],
  )
  return { inputs, outputs: own.outputs ?? base.outputs ?? [] }
}

/** A glob as a regular expression over `/`-separated paths: `**`, `*`, `?`, `{a,b}`. */
export function globToRegExp(glob) {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]
    if (char === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/'
      source += slash ? '(?:.*/)?' : '.*'
      i += slash ? 2 : 1
    } else if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else if (char === '{') source += '(?:'
    else if (char === '}') source += ')'
    else if (char === ',') source += '|'
    else source += char.replace(/[.+^$()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

/** The folder a glob cannot match outside of: its segments before the first wildcard. */
function staticBase(glob) {
  const segments = glob.split('/')
  const index = segments.findIndex((segment) => /[*?{]/.test(segment))
  return index === -1 ? glob : segments.slice(0, index).join('/')
}

/** Every file under `dir` (relative to `root`), or `[dir]` when it is a file, or `[]`. */
function walk(root, dir) {
  let entries
  try {
    entries = readdirSync(path.join(root, dir), { withFileTypes: true })
  } catch (error) {
    if (error.code === 'ENOTDIR') return [dir]
    if (error.code === 'ENOENT') return []
    throw error
  }
  return entries.flatMap((entry) => {
    if (NEVER.has(entry.name)) return []
    const child = dir === '' ? entry.name : `${dir}/${entry.name}`
    return entry.isDirectory() ? walk(root, child) : entry.isFile() ? [child] : []
  })
}

/** One package's input globs as root-relative globs; `$TURBO_DEFAULT$` is the package minus outputs. */
function rootRelative(folder, task) {
  const include = []
  const exclude = []
  const relative = (glob) =>
    glob.startsWith('$TURBO_ROOT$/') ? glob.slice('$TURBO_ROOT$/'.length) : `${folder}/${glob}`
  for (const glob of task.inputs) {
    if (glob === '$TURBO_DEFAULT$') {
      include.push(`${folder}/**`)
      for (const output of task.outputs) exclude.push(relative(output))
    } else if (glob.startsWith('!')) exclude.push(relative(glob.slice(1)))
    else include.push(relative(glob))
  }
  return { include, exclude }
}

/**
 * The root-relative paths of every build input of the packages, sorted, each once; plus the files
 * turbo hashes for every task (turbo.json files, and the lockfile that pins external dependencies).
 */
export function buildInputFiles(root, packages) {
  const files = new Set(['pnpm-lock.yaml', 'turbo.json'].flatMap((file) => walk(root, file)))
  for (const { folder } of packages) {
    const { include, exclude } = rootRelative(folder, buildTask(root, folder))
    const excluded = exclude.map(globToRegExp)
    for (const glob of include) {
      const matcher = globToRegExp(glob)
      for (const file of walk(root, staticBase(glob)))
        if (matcher.test(file) && !excluded.some((pattern) => pattern.test(file))) files.add(file)
    }
    if (packageTurbo(root, folder)) files.add(`${folder}/turbo.json`)
  }
  return [...files].sort()
}

/** Every file that the packages' builds write (their `outputs` globs), sorted. */
export function buildOutputFiles(root, packages) {
  const files = []
  for (const { folder } of packages) {
    for (const glob of buildTask(root, folder).outputs) {
      const full = `${folder}/${glob}`
      const matcher = globToRegExp(full)
      for (const file of walk(root, staticBase(full))) if (matcher.test(file)) files.push(file)
    }
  }
  return files.sort()
}
