import { createCallerAs, createPublicCaller } from '@oneheart/api/server'
import { hasRole, type User } from '@oneheart/schema'
import { checkPrintPreviewToken } from '@oneheart/schema/print-preview'
import type { PublicEventFlyer, PublicIssueEdition } from '@oneheart/schema/public'
import type { Payload } from 'payload'

/** A preview link that no longer opens drafts: expired, forged, or its editor lost the role. */
export class PreviewRefusedError extends Error {}

const REFUSALS = {
  malformed: 'プレビューのリンクが正しくありません。管理画面の「印刷プレビュー」から開き直してください。',
  forged: 'プレビューのリンクが正しくありません。管理画面の「印刷プレビュー」から開き直してください。',
  expired: 'プレビューのリンクの有効期限が切れました。管理画面の「印刷プレビュー」から開き直してください。',
  role: 'このリンクを作った方には、下書きを見る権限がありません。',
} as const

/** Where the print app's content comes from: what is published, or, with a signed preview link, the drafts. */
export class ContentSource {
  private readonly published

  constructor(private readonly payload: Payload) {
    this.published = createPublicCaller(payload)
  }

  async issue(number: number, previewToken?: string | null): Promise<PublicIssueEdition> {
    if (!previewToken) return this.published.editions.issue({ number })
    const check = checkPrintPreviewToken(this.payload.secret, number, previewToken)
    if (!check.ok) throw new PreviewRefusedError(REFUSALS[check.reason])
    const editor = await this.payload.findByID({ collection: 'users', id: check.userId, overrideAccess: true, disableErrors: true, depth: 0 })
    if (!editor || !hasRole({ ...editor, collection: 'users' }, 'admin', 'editor')) throw new PreviewRefusedError(REFUSALS.role)
    return createCallerAs(this.payload, editor as User).editions.issueDraft({ number })
  }

  flyer(eventId: number): Promise<PublicEventFlyer> {
    return this.published.editions.eventFlyer({ id: eventId })
  }

  latestIssueNumbers(limit: number): Promise<number[]> {
    return this.published.issues.list({ limit }).then((page) => page.items.map((issue) => issue.number))
  }
}
