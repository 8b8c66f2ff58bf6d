import { APIError, ValidationError, type CollectionAfterChangeHook } from 'payload'
import { wasLiveBefore } from '../hooks/recordRemoval.ts'

/** Why an article could not be published, in the words Payload's validation gave. */
function reasonOf(error: unknown): string {
  if (error instanceof ValidationError) return error.data.errors.map((problem) => problem.message).join(' ')
  return error instanceof Error ? error.message : String(error)
}

/**
 * When an issue goes live (the publish button, or its scheduled time), every article assigned
 * to it is published with it, in the same transaction: if one article cannot be published,
 * the error names it and nothing is published, the issue included.
 */
export const publishArticlesWithIssue: CollectionAfterChangeHook = async ({ doc, req, operation }) => {
  if (doc._status !== 'published') return doc
  if (operation === 'update' && wasLiveBefore('issues', doc.id, req)) return doc
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { issue: { equals: doc.id } },
    draft: true,
    depth: 0,
    pagination: false,
    limit: 500,
    sort: 'position',
    overrideAccess: true,
    req,
  })
  for (const article of docs) {
    if (article._status === 'published') continue
    try {
      await req.payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' }, depth: 0, overrideAccess: true, req })
    } catch (error) {
      throw new APIError(
        `記事「${article.title}」を公開できないため、この号も記事も公開していません。記事を直すか、この号から外してから、もう一度公開してください。（${reasonOf(error)}）`,
        400,
        { article: article.id },
        true,
      )
    }
  }
  return doc
}
