import { handleArchiveImport } from '@oneheart/api/server'
import config from '@payload-config'
import { getPayload } from 'payload'

// A scanned issue's OCR takes tens of seconds; the Node runtime, never the edge.
export const runtime = 'nodejs'
export const maxDuration = 600

export async function POST(request: Request) {
  return handleArchiveImport(request, await getPayload({ config }))
}
