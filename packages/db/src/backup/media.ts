import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

export function mediaFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

export function copyMedia(from: string, to: string): number {
  if (!existsSync(from)) return 0
  cpSync(from, to, { recursive: true })
  return mediaFiles(to).length
}

export function emptyMedia(dir: string) {
  for (const name of existsSync(dir) ? readdirSync(dir) : []) rmSync(path.join(dir, name), { recursive: true, force: true })
}
