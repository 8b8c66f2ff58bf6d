import { ArchiveRefusal, failedResult, type ImportResult, importArchivePdf, importLimits, refuseOversize } from '@oneheart/archive'
import type { Payload } from 'payload'
import { identifyCaller } from '../auth.ts'
import { ImportQueue } from './queue.ts'
import { readImportForm } from './request.ts'

const queue = new ImportQueue()
/** Room for the form's other fields and the multipart framing around the file. */
const FORM_OVERHEAD = 1024 * 1024

const answer = (status: number, body: ImportResult) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } })

const refused = (refusal: ArchiveRefusal) => answer(refusal.status, failedResult(refusal))

/**
 * POST /api/archive/import: one PDF back issue, from a script or an outside tool (docs/api.md).
 * Staff by session or JWT, or an API key with the `write` scope. The work is the importer's.
 */
export async function handleArchiveImport(request: Request, payload: Payload): Promise<Response> {
  const caller = await identifyCaller(payload, request.headers)
  if (caller.failure) return refused(new ArchiveRefusal(401, caller.failure))
  if (caller.via === 'anonymous') return refused(new ArchiveRefusal(401, 'ログインするか、APIキー（Authorization: Bearer oh_…）を付けて送ってください。'))
  if (!caller.scopes.has('write'))
    return refused(new ArchiveRefusal(403, '過去の号を取り込めるのは管理者と編集者（または write の権限を持つAPIキー）だけです。'))

  const limits = importLimits()
  const length = Number(request.headers.get('content-length') ?? NaN)
  try {
    if (Number.isFinite(length)) refuseOversize(length - FORM_OVERHEAD, limits)
    if (!(request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
      return refused(new ArchiveRefusal(415, 'multipart/form-data で、「file」にPDFを付けて送ってください。'))
    }
    const form = await request.formData().catch(() => {
      throw new ArchiveRefusal(400, '送られたフォームが読めませんでした。multipart/form-data で送り直してください。')
    })
    const { file, options } = readImportForm(form)
    refuseOversize(file.size, limits)
    const bytes = new Uint8Array(await file.arrayBuffer())
    const result = await queue.run(() => importArchivePdf({ payload, user: caller.user, limits }, bytes, options))
    if (!result) return refused(new ArchiveRefusal(429, 'いま取り込みが混み合っています。しばらく待ってからもう一度送ってください。'))
    return answer(200, result)
  } catch (error) {
    if (error instanceof ArchiveRefusal) return refused(error)
    console.error('[archive] import failed:', error)
    return answer(500, {
      status: 'failed',
      articles: 0,
      pages: 0,
      ocrPages: 0,
      warnings: [],
      reason: '取り込みの途中で思わぬ問題が起きました。何も保存していません。時間をおいてもう一度お試しください。',
    })
  }
}
