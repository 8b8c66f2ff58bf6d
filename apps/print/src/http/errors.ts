import { TRPCError } from '@trpc/server'
import { PreviewRefusedError } from '../content/sources.ts'
import { MissingImagesError } from '../render/browser.ts'

/** Every failure as a status and a sentence an editor can act on; stacks stay in the log. */
export function errorResponse(error: unknown): { status: number; message: string } {
  if (error instanceof TRPCError && error.code === 'NOT_FOUND') return { status: 404, message: error.message }
  if (error instanceof TRPCError && error.code === 'BAD_REQUEST') return { status: 400, message: '番号が正しくありません。1以上の数字を指定してください。' }
  if (error instanceof PreviewRefusedError) return { status: 403, message: error.message }
  if (error instanceof MissingImagesError) {
    return { status: 422, message: `次の写真を読み込めなかったため、紙面を作れませんでした: ${error.images.join('、')}。管理画面で写真を選び直してください。` }
  }
  if (error instanceof URIError) return { status: 400, message: 'アドレスが正しくありません。' }
  return { status: 503, message: '紙面を作れませんでした。時間をおいてもう一度お試しください。' }
}
