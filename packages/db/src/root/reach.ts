import { statSync } from 'node:fs'
import path from 'node:path'

export interface UserIds {
  uid: number
  gid: number
}

/** Whether that user may enter the directory (by owner, group or other bits; ACLs aside). */
function mayEnter(dir: string, ids: UserIds): boolean {
  const stat = statSync(dir)
  if (stat.uid === ids.uid) return (stat.mode & 0o100) !== 0
  if (stat.gid === ids.gid) return (stat.mode & 0o010) !== 0
  return (stat.mode & 0o001) !== 0
}

/**
 * The first folder on the way to `target` that the user cannot enter, or null when every
 * folder from / down to the target's parent lets it through. Missing folders end the walk:
 * they will be made by us, with modes we choose.
 */
export function blockingFolder(target: string, ids: UserIds): string | null {
  const parts = path.resolve(target).split(path.sep).filter(Boolean)
  let dir: string = path.sep
  for (const part of parts.slice(0, -1)) {
    try {
      if (!mayEnter(dir, ids)) return dir
    } catch {
      return null
    }
    dir = path.join(dir, part)
  }
  try {
    return mayEnter(dir, ids) ? null : dir
  } catch {
    return null
  }
}
