import 'server-only'
import { createPublicCaller } from '@oneheart/api/server'
import { createPayloadConfig } from '@oneheart/schema/config'
import { getPayload } from 'payload'
import { cache } from 'react'

const config = createPayloadConfig()

/** The tRPC router as an anonymous reader sees it, called in-process. */
export const api = cache(async () => createPublicCaller(await getPayload({ config })))
