import { unlink } from 'node:fs/promises'
import path from 'node:path'
import { createLocalReq, type Payload, type PayloadRequest, type TypedUser } from 'payload'

/** Files Payload wrote for media created inside the transaction: a rollback must take them too. */
export interface WrittenFiles {
  add(doc: { filename?: string | null; sizes?: Record<string, { filename?: string | null } | undefined> | null }): void
}

/**
 * Runs `work` in one database transaction: everything it writes (records, search rows) lands
 * together or not at all, and on failure the media files it wrote are removed as well.
 */
export async function inTransaction<T>(
  payload: Payload,
  user: TypedUser | null,
  mediaDir: string,
  work: (req: PayloadRequest, files: WrittenFiles) => Promise<T>,
): Promise<T> {
  const req = await createLocalReq({ user: user ?? undefined, context: { archiveImport: true } }, payload)
  const transactionID = await payload.db.beginTransaction()
  if (!transactionID) throw new Error('the database adapter gave no transaction')
  req.transactionID = transactionID
  const written: string[] = []
  const files: WrittenFiles = {
    add(doc) {
      for (const name of [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)]) {
        if (name) written.push(path.join(mediaDir, name))
      }
    },
  }
  try {
    const result = await work(req, files)
    await payload.db.commitTransaction(transactionID)
    return result
  } catch (error) {
    await payload.db.rollbackTransaction(transactionID)
    await Promise.all(written.map((file) => unlink(file).catch(() => {})))
    throw error
  }
}
