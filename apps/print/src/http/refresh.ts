import type { IncomingMessage, ServerResponse } from 'node:http'
import { serverEnv } from '@oneheart/env'
import { carriesRevalidationToken } from '@oneheart/tokens'
import { z } from 'zod'
import type { RefreshQueue } from '../render/refreshQueue.ts'
import { send } from './respond.ts'

const body = z.object({ issues: z.array(z.number().int().min(1).max(9999)).max(50).optional() })

async function readBody(req: IncomingMessage, limit = 10_000): Promise<string> {
  let text = ''
  for await (const chunk of req) {
    text += chunk
    if (text.length > limit) throw new RangeError('body too large')
  }
  return text
}

const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value))

/** POST /jobs/refresh: the CMS's publish hook asks for fresh PDFs; answered at once, rendered after. */
export async function handleRefresh(req: IncomingMessage, res: ServerResponse, queue: RefreshQueue) {
  if (!carriesRevalidationToken(req.headers.authorization, serverEnv().PAYLOAD_SECRET)) {
    return json(res, 401, { error: '認証できませんでした。' })
  }
  let parsed: ReturnType<typeof body.safeParse>
  try {
    const text = await readBody(req)
    parsed = body.safeParse(text.trim() ? JSON.parse(text) : {})
  } catch {
    return json(res, 400, { error: '本文はJSONで送ってください。' })
  }
  if (!parsed.success) return json(res, 400, { error: '号数の一覧が正しくありません。', fieldErrors: z.flattenError(parsed.error).fieldErrors })
  queue.request(parsed.data.issues)
  return json(res, 202, { queued: true })
}
