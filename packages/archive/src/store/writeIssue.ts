import { blocksFromInput } from '@oneheart/schema'
import { searchExecutor } from '@oneheart/schema/search'
import type { Payload, PayloadRequest, TypedUser } from 'payload'
import type { Analysis } from '../analyze.ts'
import { ArchiveRefusal } from '../refusal.ts'
import type { ImportedIssueRef, ImportResult } from '../result.ts'
import { blocksFromText } from './articleBlocks.ts'
import { inTransaction, type WrittenFiles } from './transaction.ts'

export interface WriteOptions {
  fileName: string
  publish: boolean
  /** The number was typed by a person: a clash is refused rather than dropped. */
  numberGiven: boolean
  user: TypedUser | null
  mediaDir: string
  siteUrl: string
}

type IssueRow = { id: number; number?: number | null; issuedOn?: string | null; title: string }

export const issueRef = (issue: IssueRow, siteUrl: string): ImportedIssueRef => ({
  id: issue.id,
  number: issue.number ?? null,
  issuedOn: issue.issuedOn ?? null,
  title: issue.title,
  url: issue.number ? `${siteUrl}/issues/${issue.number}` : `${siteUrl}/issues`,
})

/** The issue already imported from this file (drafts included), if any. */
export async function issueFromSameFile(payload: Payload, hash: string, req?: PayloadRequest): Promise<IssueRow | null> {
  const { docs } = await payload.find({
    collection: 'issues',
    where: { 'archive.sourceHash': { equals: hash } },
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    select: { number: true, issuedOn: true, title: true },
    req,
  })
  return (docs[0] as IssueRow | undefined) ?? null
}

async function issueWithNumber(payload: Payload, number: number, req: PayloadRequest): Promise<IssueRow | null> {
  const { docs } = await payload.find({
    collection: 'issues',
    where: { number: { equals: number } },
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    select: { title: true, number: true },
    req,
  })
  return (docs[0] as IssueRow | undefined) ?? null
}

async function uploadMedia(
  payload: Payload,
  req: PayloadRequest,
  files: WrittenFiles,
  file: { data: Buffer; name: string; mimetype: string },
  alt: string,
): Promise<number> {
  const doc = await payload.create({ collection: 'media', data: { alt }, file: { ...file, size: file.data.byteLength }, overrideAccess: true, req })
  files.add(doc as never)
  return doc.id
}

export const skipped = (existing: IssueRow, analysis: Pick<Analysis, 'warnings'> | null, siteUrl: string, extra: Partial<ImportResult> = {}): ImportResult => ({
  status: 'skipped',
  issue: issueRef(existing, siteUrl),
  articles: 0,
  pages: 0,
  ocrPages: 0,
  warnings: analysis?.warnings ?? [],
  reason: `同じファイルはすでに「${existing.title}」として取り込まれています。`,
  ...extra,
})

/**
 * Writes an analysed back issue in one transaction: its original PDF and page thumbnails, the
 * issue with each page's text, its articles, and (when published) their search rows. A second
 * import of the same file, even one running at the same moment, is skipped and names the first.
 */
export async function writeIssue(payload: Payload, analysis: Analysis, options: WriteOptions): Promise<ImportResult> {
  const warnings = [...analysis.warnings]
  const { preview } = analysis
  const ocrPages = analysis.pages.filter((page) => page.ocr).length
  return inTransaction(payload, options.user, options.mediaDir, async (req, files) => {
    // Two imports of one file queue here; the second then finds the first's issue.
    const run = await searchExecutor(payload, req)
    await run({ text: 'SELECT pg_advisory_xact_lock(hashtextextended($1, 15))', values: [analysis.hash] })
    const existing = await issueFromSameFile(payload, analysis.hash, req)
    if (existing) return skipped(existing, analysis, options.siteUrl, { pages: analysis.pages.length, ocrPages })

    let number = preview.number
    if (number) {
      const holder = await issueWithNumber(payload, number, req)
      if (holder && options.numberGiven) throw new ArchiveRefusal(422, `号数 ${number} はすでに「${holder.title}」で使われています。別の号数にしてください。`)
      if (holder) {
        warnings.push(`紙面の号数 ${number} はすでに「${holder.title}」で使われているため、号数を空けて下書きにしました。`)
        number = null
      }
    }
    const label = preview.title
    const pdf = await uploadMedia(
      payload,
      req,
      files,
      { data: Buffer.from(analysis.bytes), name: options.fileName, mimetype: 'application/pdf' },
      `${label}の紙面（PDF）`,
    )
    const pages = []
    for (const page of analysis.pages) {
      const thumbnail = page.thumbnail
        ? await uploadMedia(
            payload,
            req,
            files,
            { data: page.thumbnail, name: `${analysis.hash.slice(0, 12)}-p${page.number}.png`, mimetype: 'image/png' },
            `${label} ${page.number}ページの縮小画像`,
          )
        : null
      pages.push({ number: page.number, ocr: page.ocr, confidence: page.confidence, needsReview: page.needsReview, thumbnail, text: page.text })
    }
    const issue = await payload.create({
      collection: 'issues',
      draft: true,
      data: {
        number: number ?? undefined,
        issuedOn: preview.issuedOn ?? undefined,
        title: label,
        greeting: preview.greeting ?? undefined,
        pdf,
        archive: { importedAt: new Date().toISOString(), sourceName: options.fileName.slice(0, 255), sourceHash: analysis.hash, pages },
        _status: 'draft',
      } as never,
      overrideAccess: true,
      req,
    })
    // Published straight away when the issue will be: one write per article instead of a draft
    // and then its publication.
    const publishing = options.publish && Boolean(number) && Boolean(preview.issuedOn)
    for (const [index, article] of preview.articles.entries()) {
      const ids = (collection: string) => (analysis.linksConfirmed ? article.links : []).filter((link) => link.collection === collection).map((link) => link.id)
      await payload.create({
        collection: 'articles',
        draft: !publishing,
        data: {
          title: article.title.slice(0, 120) || `${article.page}ページの記事`,
          kind: article.kind,
          issue: issue.id,
          position: index + 1,
          sourcePage: article.page,
          blocks: blocksFromInput(blocksFromText(article.text)),
          councils: ids('councils'),
          districts: ids('districts'),
          activities: ids('activities'),
          _status: publishing ? 'published' : 'draft',
        } as never,
        overrideAccess: true,
        req,
      })
    }
    let saved: IssueRow = issue as IssueRow
    if (publishing) {
      saved = (await payload.update({ collection: 'issues', id: issue.id, data: { _status: 'published' } as never, overrideAccess: true, req })) as IssueRow
    } else if (options.publish) {
      warnings.push('号数か発行日がないため、公開せずに下書きのままにしました。')
    }
    return {
      status: 'imported' as const,
      issue: issueRef(saved, options.siteUrl),
      articles: preview.articles.length,
      pages: analysis.pages.length,
      ocrPages,
      warnings,
    }
  })
}
