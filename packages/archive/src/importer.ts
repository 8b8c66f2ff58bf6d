import { serverEnv } from '@oneheart/env'
import { type Payload, type TypedUser, ValidationError } from 'payload'
import { analyzePdf, sourceHashOf } from './analyze.ts'
import { type ImportLimits, importLimits, refuseOversize } from './limits.ts'
import { loadLinkTargets } from './link/proposeLinks.ts'
import { ArchiveRefusal } from './refusal.ts'
import type { ImportOptions, ImportResult } from './result.ts'
import { issueFromSameFile, skipped, writeIssue } from './store/writeIssue.ts'

export interface ImportContext {
  payload: Payload
  /** Who imports: recorded as the editor of what is written; null for the command line. */
  user: TypedUser | null
  limits?: ImportLimits
}

/** The answer for a file that was refused: nothing was written. */
export function failedResult(refusal: ArchiveRefusal): ImportResult {
  return { status: 'failed', articles: 0, pages: 0, ocrPages: 0, warnings: [], reason: refusal.reason }
}

/**
 * Imports one PDF back issue: the one importer behind the command line, the admin screen and
 * POST /api/archive/import. A file it cannot take throws an ArchiveRefusal (with its HTTP
 * status and a Japanese reason) and leaves nothing behind.
 */
export async function importArchivePdf(context: ImportContext, bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  const { payload } = context
  const env = serverEnv()
  const limits = context.limits ?? importLimits()
  refuseOversize(bytes.byteLength, limits)
  const hash = sourceHashOf(bytes)
  const existing = await issueFromSameFile(payload, hash)
  if (existing) return skipped(existing, null, env.PUBLIC_SITE_URL, { dryRun: options.dryRun || undefined })

  const targets = await loadLinkTargets(payload)
  const analysis = await analyzePdf(bytes, { ...options, limits, targets, thumbnails: !options.dryRun, hash })
  const ocrPages = analysis.pages.filter((page) => page.ocr).length
  if (options.dryRun) {
    const { preview, warnings } = analysis
    return { status: 'imported', dryRun: true, articles: preview.articles.length, pages: analysis.pages.length, ocrPages, warnings, preview }
  }
  try {
    return await writeIssue(payload, analysis, {
      fileName: options.fileName,
      publish: Boolean(options.publish),
      numberGiven: options.number !== undefined,
      user: context.user,
      mediaDir: env.MEDIA_DIR,
      siteUrl: env.PUBLIC_SITE_URL,
    })
  } catch (error) {
    // The unique index on the file's hash may answer first when another import of it just landed.
    const landed = await issueFromSameFile(payload, analysis.hash)
    if (landed) return skipped(landed, analysis, env.PUBLIC_SITE_URL)
    if (error instanceof ValidationError) {
      const details = error.data.errors.map((problem) => problem.message).join(' ')
      throw new ArchiveRefusal(422, `取り込めませんでした（何も保存していません）: ${details}`)
    }
    throw error
  }
}
