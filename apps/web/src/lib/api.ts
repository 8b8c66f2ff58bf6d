import 'server-only'
import { createPublicCaller } from '@oneheart/api/server'
import { createPayloadConfig } from '@oneheart/schema/config'
import { getPayload } from 'payload'
import { cache } from 'react'

const config = createPayloadConfig()

/** The site's one Payload, in-process. */
export const sitePayload = () => getPayload({ config })

/** The tRPC router as an anonymous reader sees it, called in-process. */
export const api = cache(async () => createPublicCaller(await sitePayload()))
