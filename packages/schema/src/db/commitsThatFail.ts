import { randomUUID } from 'node:crypto'
import { transactionEnded } from '@oneheart/db/content-changes'
import type { DatabaseAdapterObj } from 'payload'

type Session = { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }
type Adapter = {
  initializing: Promise<void>
  sessions: Record<string, Session | undefined>
  transactionOptions: unknown
  drizzle: { transaction: (work: (tx: unknown) => Promise<void>, options?: unknown) => Promise<void> }
  beginTransaction: (options?: unknown) => Promise<string>
  commitTransaction: (id: string | Promise<string>) => Promise<void>
  rollbackTransaction: (id: string | Promise<string>) => Promise<void>
}

/**
 * Payload's PostgreSQL adapter (3.90) swallows a failed COMMIT: the REST answer then says 201 for
 * a write the database never kept (seen by tests/e2e/faults.e2e.test.ts when PostgreSQL is killed
 * mid-stream). Here a transaction's outcome is kept, and committing throws when the commit
 * failed, so the operation fails and nothing is acknowledged that was not stored.
 * Every commit and rollback is also reported to @oneheart/db's content version, which moves when a
 * transaction that changed public content has committed.
 */
export function withCommitsThatFail<T extends DatabaseAdapterObj>(adapterObj: T): T {
  const init = adapterObj.init
  return {
    ...adapterObj,
    init: (args: Parameters<typeof init>[0]) => {
      const adapter = init(args) as unknown as Adapter
      adapter.beginTransaction = async function (this: Adapter, options?: unknown) {
        await this.initializing
        let session: Session | undefined
        const started = resolvers()
        const outcome = this.drizzle.transaction(async (db) => {
          await new Promise<void>((release, abort) => {
            session = {
              db,
              resolve: () => {
                release()
                return outcome
              },
              reject: () => {
                abort()
                return outcome.catch(() => {})
              },
            }
            started.resolve()
          })
        }, options ?? this.transactionOptions)
        outcome.catch((error: unknown) => started.reject(error))
        await started.promise
        const id = randomUUID()
        this.sessions[id] = session
        return id
      }
      adapter.commitTransaction = async function (this: Adapter, incoming: string | Promise<string>) {
        const id = await incoming
        const session = this.sessions[id]
        if (!session) return
        delete this.sessions[id]
        await session.resolve().catch((error: unknown) => {
          transactionEnded(id, false)
          throw error
        })
        transactionEnded(id, true)
      }
      const rollback = adapter.rollbackTransaction
      adapter.rollbackTransaction = async function (this: Adapter, incoming: string | Promise<string>) {
        const id = await incoming
        transactionEnded(id, false)
        return rollback.call(this, id)
      }
      return adapter as unknown as ReturnType<typeof init>
    },
  }
}

function resolvers() {
  let resolve!: () => void
  let reject!: (error: unknown) => void
  const promise = new Promise<void>((yes, no) => {
    resolve = yes
    reject = no
  })
  return { promise, resolve, reject }
}
