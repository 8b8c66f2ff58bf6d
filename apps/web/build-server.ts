/** Bundles the site's server, which serves the Next build with hashed inline scripts, into dist/server.js (see @oneheart/node-server). */
import { bundleNodeServer } from '@oneheart/node-server'

await bundleNodeServer('server/index.ts', 'dist/server.js')
