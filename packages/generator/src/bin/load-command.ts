import { fileURLToPath } from 'node:url'
import { codeCacheFolder, type LoadedBundle, loadBundle } from '../code-cache.js'
import type * as Command from './command.js'

/** The command bundle's file name, `command-HASH.cjs`, which scripts/bundle.mjs defines. */
declare const __COMMAND_BUNDLE__: string

/** The bundled command (src/bin/command.ts) beside this module, through its code cache. */
export function loadCommand(): LoadedBundle<typeof Command> {
  const file = fileURLToPath(new URL(`./${__COMMAND_BUNDLE__}`, import.meta.url))
  return loadBundle<typeof Command>(file, codeCacheFolder())
}
