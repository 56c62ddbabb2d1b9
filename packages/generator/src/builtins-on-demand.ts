import { createRequire } from 'node:module'

// Node's modules that only some runs need, loaded on first use: a one-article run loads neither.
// Not by import(): the bundled command runs as a vm.Script (code-cache.ts), which has none.
const load = createRequire(import.meta.url)

export const childProcess = (): typeof import('node:child_process') => load('node:child_process')
export const os = (): typeof import('node:os') => load('node:os')
