import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { cacheFolder } from '../run-stamp.js'
import { type LoadedBundle, loadBundle } from './code-cache.js'
import type * as Command from './command.js'

/** The command bundle's file name, `command-HASH.cjs`, which scripts/bundle.mjs defines. */
declare const __COMMAND_BUNDLE__: string

/**
 * The bundled command (src/bin/command.ts) beside this module, through its code cache, kept in
 * the generator's cache folder, or in `MFA_RESIDENCY_CODE_CACHE_DIR` when set (a read-only
 * install, a test that must not share the cache).
 */
export function loadCommand(): LoadedBundle<typeof Command> {
  const file = fileURLToPath(new URL(`./${__COMMAND_BUNDLE__}`, import.meta.url))
  const cacheDir =
    process.env.MFA_RESIDENCY_CODE_CACHE_DIR || path.join(cacheFolder(), 'code-cache')
  return loadBundle<typeof Command>(file, cacheDir)
}
