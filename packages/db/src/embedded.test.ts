import { describe, expect, it } from 'vitest'
import { withDatabase } from './databases.ts'
import { portForDataDir } from './embedded.ts'
import { redact } from './probe.ts'

describe('portForDataDir', () => {
  it('never takes the system PostgreSQL port and stays in its own range', () => {
    for (const dir of ['/a', '/work/main/.data/postgres', '/tmp/check/.data/postgres']) {
      const port = portForDataDir(dir)
      expect(port).not.toBe(5432)
      expect(port).toBeGreaterThanOrEqual(55_000)
      expect(port).toBeLessThan(56_000)
    }
  })

  it('gives two checkouts different ports and one checkout the same port each time', () => {
    expect(portForDataDir('/work/main/.data/postgres')).toBe(portForDataDir('/work/main/.data/postgres'))
    expect(portForDataDir('/work/main/.data/postgres')).not.toBe(portForDataDir('/tmp/check/.data/postgres'))
  })
})

describe('URLs', () => {
  it('swaps the database name', () => {
    expect(withDatabase('postgres://u:p@127.0.0.1:5432/postgres', 'oneheart')).toBe('postgres://u:p@127.0.0.1:5432/oneheart')
  })

  it('hides passwords in logs', () => {
    expect(redact('postgres://u:secret@host:1/db')).toBe('postgres://u:***@host:1/db')
  })
})
