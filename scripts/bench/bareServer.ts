/**
 * The baseline every benchmark prints first: a bare node:http server sending the same bytes as
 * the target (read once from the file given), with the same content type, and nothing else.
 * Prints its port when ready.
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

const [file, contentType = 'application/json'] = process.argv.slice(2)
if (!file) throw new Error('usage: bareServer.ts <file> [content-type]')
const body = readFileSync(file)
const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': contentType, 'content-length': body.length })
  response.end(body)
})
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  console.log(`PORT ${typeof address === 'object' && address ? address.port : 0}`)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
