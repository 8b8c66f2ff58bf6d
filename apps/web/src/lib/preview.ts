import 'server-only'
import { callerFromPreviewLink, type PreviewCaller } from '@oneheart/api/server'
import { type PreviewSubject, previewToken } from '@oneheart/tokens'
import { sitePayload } from './api'

export type DraftReader = (PreviewCaller & { ok: true } & { tokenFor: (subject: PreviewSubject) => string }) | (PreviewCaller & { ok: false })

/** The router as the editor who opened a signed preview link: drafts included, for this subject only. */
export async function draftReader(subject: PreviewSubject, token: string | undefined): Promise<DraftReader> {
  const payload = await sitePayload()
  const reader = await callerFromPreviewLink(payload, subject, token ?? '')
  if (!reader.ok) return reader
  // Links onwards (an issue's articles) are signed for the same editor.
  return { ...reader, tokenFor: (next) => previewToken(payload.secret, next, reader.editorId) }
}
