import { existsSync } from 'node:fs'
import path from 'node:path'

/** The repository root: the nearest folder upwards holding turbo.json. */
export function findRepoRoot(from = process.cwd()): string {
  // turbopackIgnore: a runtime lookup, not a file the bundle should trace.
  let dir = path.resolve(/*turbopackIgnore: true*/ from)
  while (!existsSync(path.join(/*turbopackIgnore: true*/ dir, 'turbo.json'))) {
    const parent = path.dirname(dir)
    if (parent === dir) return path.resolve(/*turbopackIgnore: true*/ from)
    dir = parent
  }
  return dir
}
