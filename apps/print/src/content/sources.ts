import { callerFromPreviewLink, createPublicCaller } from '@oneheart/api/server'
import type { PublicEventFlyer, PublicIssueEdition } from '@oneheart/contract'
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
    const editor = await callerFromPreviewLink(this.payload, `issue:${number}`, previewToken)
    if (!editor.ok) throw new PreviewRefusedError(editor.message)
    return editor.api.editions.issueDraft({ number })
  }

  flyer(eventId: number): Promise<PublicEventFlyer> {
    return this.published.editions.eventFlyer({ id: eventId })
  }

  latestIssueNumbers(limit: number): Promise<number[]> {
    return this.published.issues.list({ limit }).then((page) => page.items.map((issue) => issue.number))
  }
}
