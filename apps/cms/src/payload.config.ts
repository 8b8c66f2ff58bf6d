import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createPayloadConfig } from '@oneheart/schema/config'

export default createPayloadConfig({ importMapBaseDir: path.dirname(fileURLToPath(import.meta.url)) })
