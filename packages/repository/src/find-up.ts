import { existsSync } from 'node:fs'
import path from 'node:path'

/** The path of `name` in `from` or the nearest folder above it that has one, or `null`. */
export function findUp(from: string, name: string): string | null {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, name)
    if (existsSync(candidate)) return candidate
    if (path.dirname(dir) === dir) return null
  }
}
