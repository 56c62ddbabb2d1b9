import { existsSync } from 'node:fs'
import path from 'node:path'

/**
 * The path of `name` in `from` or the nearest folder above it that has one, or `null`. `passed`
 * hears each path looked for and not found on the way: a caller that caches the answer needs them.
 */
export function findUp(
  from: string,
  name: string,
  passed: (candidate: string) => void = () => {},
): string | null {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, name)
    if (existsSync(candidate)) return candidate
    passed(candidate)
    if (path.dirname(dir) === dir) return null
  }
}
