import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export interface InstalledCopy {
  name: string
  version: string
  where: string
}

const WATCHED = (name: string) => ['next', 'payload', 'react', 'react-dom'].includes(name) || name.startsWith('@payloadcms/')

/** Every installed copy of the watched packages, nested ones included (a second copy runs too). */
export function installedCopies(root: string): InstalledCopy[] {
  const found: InstalledCopy[] = []
  const visit = (modules: string, depth: number) => {
    if (depth > 4 || !existsSync(modules)) return
    for (const entry of readdirSync(modules)) {
      const names = entry.startsWith('@') ? readdirSync(path.join(modules, entry)).map((inner) => `${entry}/${inner}`) : [entry]
      for (const name of names) {
        const dir = path.join(modules, name)
        const manifest = path.join(dir, 'package.json')
        if (WATCHED(name) && existsSync(manifest))
          found.push({ name, version: (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version, where: dir })
        visit(path.join(dir, 'node_modules'), depth + 1)
      }
    }
  }
  const workspaces = [
    '.',
    ...['apps', 'packages', 'tooling'].flatMap((group) =>
      existsSync(path.join(root, group)) ? readdirSync(path.join(root, group)).map((name) => path.join(group, name)) : [],
    ),
    'tests',
  ]
  for (const workspace of workspaces) visit(path.join(root, workspace, 'node_modules'), 0)
  return found
}

/** Compares x.y.z versions; a prerelease (16.3.0-canary.1) sorts before its release. */
export function compareVersions(a: string, b: string): number {
  const parse = (version: string) => {
    const [core = '', pre] = version.split('-', 2)
    return { parts: core.split('.').map(Number), pre }
  }
  const left = parse(a)
  const right = parse(b)
  for (let index = 0; index < 3; index++) {
    const difference = (left.parts[index] ?? 0) - (right.parts[index] ?? 0)
    if (difference) return difference
  }
  if (left.pre && !right.pre) return -1
  if (!left.pre && right.pre) return 1
  return 0
}
