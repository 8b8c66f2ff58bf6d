import 'server-only'
import { createCallerAs } from '@oneheart/api/server'
import { hasRole, type User } from '@oneheart/schema'
import { createPayloadConfig } from '@oneheart/schema/config'
import { checkPreviewToken, PREVIEW_REFUSALS, previewToken, type PreviewSubject } from '@oneheart/schema/preview'
import { getPayload } from 'payload'

const config = createPayloadConfig()

export type DraftReader =
  | { ok: true; api: ReturnType<typeof createCallerAs>; tokenFor: (subject: PreviewSubject) => string }
  | { ok: false; message: string }

/** The router as the editor who opened a signed preview link: drafts included, for this subject only. */
export async function draftReader(subject: PreviewSubject, token: string | undefined): Promise<DraftReader> {
  const payload = await getPayload({ config })
  const check = checkPreviewToken(payload.secret, subject, token ?? '')
  if (!check.ok) return { ok: false, message: PREVIEW_REFUSALS[check.reason] }
  const editor = await payload.findByID({ collection: 'users', id: check.userId, overrideAccess: true, disableErrors: true, depth: 0 })
  if (!editor || !hasRole({ ...editor, collection: 'users' }, 'admin', 'editor')) return { ok: false, message: PREVIEW_REFUSALS.role }
  return {
    ok: true,
    api: createCallerAs(payload, editor as User),
    // Links onwards (an issue's articles) are signed for the same editor.
    tokenFor: (next) => previewToken(payload.secret, next, editor.id),
  }
}
