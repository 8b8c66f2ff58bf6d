import type { PublicBackIssuePage } from '@oneheart/contract'
import type { Issue } from '@oneheart/schema'
import { mediaOf } from './shapes.ts'

/** Back issues (過去の号) are the issues imported from a PDF: the import stamps `archive.importedAt`. */
export const isBackIssue = (issue: Pick<Issue, 'archive'>): boolean => Boolean(issue.archive?.importedAt)

/** What an issue read needs of its import: the stamp, and for one issue its pages. */
export const backIssueStampSelect = { archive: { importedAt: true } } as const
export const backIssuePagesSelect = { archive: { importedAt: true, pages: true } } as const

/**
 * A back issue's pages as the public sees them, in page order; none for other issues. How the
 * page was read (file name, hash, OCR confidence) stays with the editors: a reader needs only
 * whether to expect reading mistakes.
 */
export function backIssuePagesOf(issue: Pick<Issue, 'archive'>): PublicBackIssuePage[] {
  if (!isBackIssue(issue)) return []
  return (issue.archive?.pages ?? [])
    .map((page) => {
      const thumbnail = mediaOf(page.thumbnail)
      return {
        number: page.number,
        text: page.text ?? '',
        thumbnailUrl: thumbnail?.url ?? null,
        thumbnailWidth: thumbnail?.width ?? null,
        thumbnailHeight: thumbnail?.height ?? null,
        ocr: page.ocr ?? false,
        needsReview: page.needsReview ?? false,
      }
    })
    .sort((a, b) => a.number - b.number)
}

/** The size in bytes of a populated upload, when Payload recorded it. */
export function fileSizeOf(value: Issue['pdf']): number | null {
  return value && typeof value === 'object' && typeof value.filesize === 'number' ? value.filesize : null
}
