import { api } from '~/lib/api'
import { readerMessageOf } from '~/lib/apiErrors'

/** Titles for search-as-you-type; the same search as the page, fewer results. */
export async function GET(request: Request) {
  const q = new URL(request.url).searchParams.get('q') ?? ''
  try {
    const result = await (await api()).search.query({ q, limit: 8 })
    const titles = [...new Set(result.items.map((item) => item.title))]
    return Response.json({ suggestions: titles }, { headers: { 'cache-control': 'public, max-age=60' } })
  } catch (error) {
    const message = readerMessageOf(error)
    if (message) return Response.json({ suggestions: [], message }, { status: 400 })
    throw error
  }
}
