import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)

/** The app's folder, found upwards from this file whether it runs from src/ or the dist/ bundle. */
function appRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir)
  return dir
}

/** Fonts come from npm packages and are served by this app, never from the host or a CDN. */
const ROOTS: Record<string, string> = {
  '/fonts/biz-udpgothic/': path.dirname(require.resolve('@fontsource/biz-udpgothic/package.json')),
  '/styles/': path.join(appRoot(), 'src', 'render'),
}

const TYPES: Record<string, string> = { '.css': 'text/css; charset=utf-8', '.woff2': 'font/woff2', '.woff': 'font/woff' }

export async function readStatic(urlPath: string): Promise<{ body: Buffer; type: string } | null> {
  for (const [prefix, root] of Object.entries(ROOTS)) {
    if (!urlPath.startsWith(prefix)) continue
    const file = path.resolve(root, decodeURIComponent(urlPath.slice(prefix.length)))
    const type = TYPES[path.extname(file)]
    if (!file.startsWith(root + path.sep) || !type) return null
    try {
      return { body: await readFile(file), type }
    } catch {
      return null
    }
  }
  return null
}
