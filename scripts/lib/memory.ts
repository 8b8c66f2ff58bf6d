import { readdirSync, readFileSync } from 'node:fs'

/**
 * Memory of a process (this one unless told) and every process below it (Chromium's, pdf.js workers, Tesseract), in MiB: proportional set
 * size, so pages Chromium's processes share are counted once, not once per process.
 */
export function treeMemoryMiB(root = process.pid): number {
  const parents = new Map<number, number>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
    } catch {}
  }
  const inTree = (pid: number): boolean => pid === root || (pid > 1 && inTree(parents.get(pid) ?? 0))
  let kib = 0
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue
    try {
      kib += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0)
    } catch {}
  }
  return kib / 1024
}
