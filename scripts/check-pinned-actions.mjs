#!/usr/bin/env node
// Every `uses:` of every workflow names an action by its full commit SHA, with the release it is in
// a comment (`owner/repo@<40 hex> # v1.2.3`): a tag can be moved to other code, a commit cannot.
import { readdirSync, readFileSync } from 'node:fs'

const folder = new URL('../.github/workflows/', import.meta.url)
const pinned = /^\s*(?:-\s+)?uses:\s+[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+\s*$/
const problems = []
for (const name of readdirSync(folder)
  .filter((file) => /\.ya?ml$/.test(file))
  .sort()) {
  readFileSync(new URL(name, folder), 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (/^\s*(?:-\s+)?uses:/.test(line) && !pinned.test(line))
        problems.push(
          `.github/workflows/${name}:${index + 1}: not pinned by commit SHA: ${line.trim()}`,
        )
    })
}
if (problems.length > 0) {
  console.error(problems.join('\n'))
  console.error(
    'pin each action as owner/repo@<commit sha> # vX.Y.Z, the commit of that release tag',
  )
  process.exit(1)
}
console.log('actions: every workflow step is pinned by commit SHA')
