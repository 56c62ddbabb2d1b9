export interface ColorOptions {
  /** `--color` (true) or `--no-color` (false), when the command has them and the user gave one. */
  flag?: boolean | undefined
  env?: NodeJS.ProcessEnv
  /** Where the coloured text goes. */
  stream?: { isTTY?: boolean }
}

/**
 * Whether to colour output, the same way in every command: an explicit `--color`/`--no-color`
 * wins, because it is the latest thing the user said; then `NO_COLOR` (set and not empty, as
 * no-color.org has it) turns colour off; then `FORCE_COLOR` turns it on unless it is `0` or
 * `false` (Node's reading: the empty string means on); otherwise colour only on a terminal.
 */
export function useColor({
  flag,
  env = process.env,
  stream = process.stdout,
}: ColorOptions = {}): boolean {
  if (flag !== undefined) return flag
  if (env.NO_COLOR) return false
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false'
  return stream.isTTY === true
}
