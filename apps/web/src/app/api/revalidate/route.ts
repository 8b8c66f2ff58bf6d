import { serverEnv } from '@oneheart/env'
import { carriesRevalidationToken } from '@oneheart/tokens'
import { revalidatePath } from 'next/cache'

/**
 * Called by the CMS's hooks after content changes: drops every cached page, in every look.
 * The site is small, so refreshing all of it is simpler and safer than tracking which page
 * shows what.
 */
export async function POST(request: Request) {
  if (!carriesRevalidationToken(request.headers.get('authorization'), serverEnv().PAYLOAD_SECRET)) {
    return Response.json({ message: '認証できませんでした。' }, { status: 401 })
  }
  revalidatePath('/[look]', 'layout')
  return Response.json({ revalidated: true })
}
