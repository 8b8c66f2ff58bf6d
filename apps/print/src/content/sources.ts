import { createCallerAs, createPublicCaller } from '@oneheart/api/server'
import { hasRole, type User } from '@oneheart/schema'
import { checkPreviewToken, PREVIEW_REFUSALS } from '@oneheart/schema/preview'
import type { PublicEventFlyer, PublicIssueEdition } from '@oneheart/schema/public'
import type { Payload } from 'payload'

/** A preview link that no longer opens drafts: expired, forged, or its editor lost the role. */
export class PreviewRefusedError extends Error {}

/** Where the print app's content comes from: what is published, or, with a signed preview link, the drafts. */
export class ContentSource {
  private readonly published

  constructor(private readonly payload: Payload) {
    this.published = createPublicCaller(payload)
  }

  async issue(number: number, previewToken?: string | null): Promise<PublicIssueEdition> {
    if (!previewToken) return this.published.editions.issue({ number })
    const check = checkPreviewToken(this.payload.secret, `issue:${number}`, previewToken)
    if (!check.ok) throw new PreviewRefusedError(PREVIEW_REFUSALS[check.reason])
    const editor = await this.payload.findByID({ collection: 'users', id: check.userId, overrideAccess: true, disableErrors: true, depth: 0 })
    if (!editor || !hasRole({ ...editor, collection: 'users' }, 'admin', 'editor')) throw new PreviewRefusedError(PREVIEW_REFUSALS.role)
    return createCallerAs(this.payload, editor as User).editions.issueDraft({ number })
  }

  flyer(eventId: number): Promise<PublicEventFlyer> {
    return this.published.editions.eventFlyer({ id: eventId })
  }

  latestIssueNumbers(limit: number): Promise<number[]> {
    return this.published.issues.list({ limit }).then((page) => page.items.map((issue) => issue.number))
  }
}
