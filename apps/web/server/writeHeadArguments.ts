import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'

/**
 * Moves the headers and reason given to `writeHead(status, [reason], [headers])` onto the
 * response itself (setHeader), so a step that holds an answer back can still read and change
 * them before they are sent. Returns the reason, if one was given.
 */
export function keepWriteHeadArguments(response: ServerResponse, status: number, rest: unknown[]): string | undefined {
  const headers = rest.find((part) => typeof part === 'object' && part !== null) as OutgoingHttpHeaders | string[] | undefined
  const reason = rest.find((part) => typeof part === 'string') as string | undefined
  response.statusCode = status
  if (reason) response.statusMessage = reason
  if (Array.isArray(headers)) {
    for (let index = 0; index + 1 < headers.length; index += 2) response.setHeader(headers[index]!, headers[index + 1]!)
  } else if (headers) {
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value)
  }
  return reason
}
