import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { serverEnv } from '@oneheart/env'

const require = createRequire(import.meta.url)

/** The app's folder, found upwards from this file whether it runs from src/ or the dist/ bundle. */
function appRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir)
  return dir
}

const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`))

/** What a printed page loads: fonts from npm packages, our stylesheets, and the CMS's media folder. */
function roots(): Record<string, string> {
  return {
    '/fonts/biz-udpgothic/': packageDir('@fontsource/biz-udpgothic'),
    '/fonts/biz-udmincho/': packageDir('@fontsource/biz-udmincho'),
    '/styles/': path.join(appRoot(), 'src', 'layout', 'styles'),
    '/media/': serverEnv().MEDIA_DIR,
  }
}

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
}

export interface Asset {
  body: Buffer
  type: string
}

/** The file behind a URL path, or null; never a file outside the roots above. */
export async function readAsset(urlPath: string): Promise<Asset | null> {
  for (const [prefix, root] of Object.entries(roots())) {
    if (!urlPath.startsWith(prefix)) continue
    let name: string
    try {
      name = decodeURIComponent(urlPath.slice(prefix.length))
    } catch {
      return null
    }
    const file = path.resolve(root, name)
    const type = TYPES[path.extname(file).toLowerCase()]
    if (!file.startsWith(root + path.sep) || !type) return null
    try {
      return { body: await readFile(file), type }
    } catch {
      return null
    }
  }
  return null
}

/** Stylesheets are part of what a PDF looks like: their text goes into its cache key. */
export async function stylesFingerprint(): Promise<string> {
  const dir = roots()['/styles/'] as string
  // Every stylesheet in the folder, so a new one cannot be left out of the key by mistake.
  const names = (await readdir(dir)).filter((name) => name.endsWith('.css')).sort()
  const texts = await Promise.all(names.map((name) => readFile(path.join(dir, name), 'utf8')))
  return texts.join('\n')
}
