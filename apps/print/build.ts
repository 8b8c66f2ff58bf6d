/** Bundles the print server into dist/server.js (see @oneheart/node-server). */
import { bundleNodeServer } from '@oneheart/node-server'

await bundleNodeServer('src/server.tsx', 'dist/server.js')
