import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'
import { type DraftRecord, type IssueChecklist, issueChecklist, RECORD_NOUNS } from './issueChecklist.ts'

const checklistKey = (id: number) => `issueChecklist:${id}`

/** Why a record could not be published, in the words Payload's validation gave. */
function reasonOf(error: unknown): string {
  if (error instanceof ValidationError) return error.data.errors.map((problem) => problem.message).join(' ')
  return error instanceof Error ? error.message : String(error)
}

/**
 * Whether this save publishes an existing issue (the publish button, or its scheduled time).
 * A live issue published again takes its drafts along too: the button says so, and the
 * preview the editor checked showed them.
 */
function publishesIssue(status: unknown, id: number | undefined, operation: string): id is number {
  return status === 'published' && operation === 'update' && id !== undefined
}

/**
 * Before an issue goes live its checklist is read again on the server: a blocker (an
 * announcement with no gathering to announce, say) refuses the publish and lists every one.
 */
export const refuseIssueWithBlockers: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const id = (originalDoc as { id?: number } | undefined)?.id
  if (!publishesIssue(data._status, id, operation)) return data
  const checklist = await issueChecklist(req.payload, id, req)
  // Saving the issue changes none of its articles or their links: the after-change hook reuses it.
  req.context[checklistKey(id)] = checklist
  const blockers = checklist?.items.filter((item) => item.level === 'blocker') ?? []
  if (blockers.length === 0) return data
  const list = blockers.map((item) => `・${item.message}`).join('\n')
  throw new APIError(`この号はまだ公開できません。次を直してから、もう一度公開してください。\n${list}`, 400, { blockers }, true)
}

async function publish(req: PayloadRequest, record: DraftRecord) {
  try {
    await req.payload.update({ collection: record.collection, id: record.id, data: { _status: 'published' }, depth: 0, overrideAccess: true, req })
  } catch (error) {
    throw new APIError(
      `${RECORD_NOUNS[record.collection]}「${record.title}」を公開できないため、この号もほかの記事も公開していません。それを直すか、この号から外してから、もう一度公開してください。（${reasonOf(error)}）`,
      400,
      { collection: record.collection, id: record.id },
      true,
    )
  }
}

/**
 * When an issue goes live, every draft it needs goes live with it, in the same transaction:
 * the events, activities and meetings its articles link to first, then the articles. If one
 * cannot be published, the error names it and nothing is published, the issue included, so the
 * site and the PDF never show less than the preview did.
 */
export const publishDraftsWithIssue: CollectionAfterChangeHook = async ({ doc, req, operation }) => {
  if (!publishesIssue(doc._status, doc.id, operation)) return doc
  const checklist = (req.context[checklistKey(doc.id)] as IssueChecklist | null | undefined) ?? (await issueChecklist(req.payload, doc.id, req))
  const drafts = checklist?.drafts ?? []
  // Dependencies before the articles that link to them.
  for (const record of [...drafts.filter((d) => d.collection !== 'articles'), ...drafts.filter((d) => d.collection === 'articles')]) await publish(req, record)
  return doc
}
