import { handleTrpcRequest } from '@oneheart/api/server'
import config from '@payload-config'
import { getPayload } from 'payload'

async function handler(request: Request) {
  return handleTrpcRequest(request, await getPayload({ config }))
}

export { handler as GET, handler as POST }
