import { expect } from 'vitest'

/** Signs of a server's insides in a body: stack frames, file paths, SQL and driver messages. */
const LEAKS: Array<[string, RegExp]> = [
  ['a stack frame', /\n\s+at .+[(:]\d+/],
  ['a file path', /(\/work\/|\/home\/|\/root\/|node_modules|\.tsx?:\d+)/],
  ['SQL', /\b(select .+ from|insert into|update .+ set|delete from)\b|syntax error at|relation "|DrizzleQueryError|Failed query|invalid input syntax/i],
]

export interface Answer {
  status: number
  text: string
}

/** No 5xx, and nothing in the body that tells an attacker how the server is built. */
export function expectSafe(answer: Answer, what: string) {
  expect(answer.status, `${what} → ${answer.status}: ${answer.text.slice(0, 300)}`).toBeLessThan(500)
  for (const [name, pattern] of LEAKS) expect(pattern.test(answer.text), `${what} leaked ${name}: ${answer.text.slice(0, 300)}`).toBe(false)
}

/** Requests sent per entry point, printed at the end so a reader sees how hard each was tried. */
export class RequestCounter {
  private readonly counts = new Map<string, number>()

  add(entry: string) {
    this.counts.set(entry, (this.counts.get(entry) ?? 0) + 1)
  }

  report(title: string) {
    const rows = [...this.counts].sort(([a], [b]) => a.localeCompare(b)).map(([entry, count]) => `  ${entry.padEnd(40)} ${count}`)
    const total = [...this.counts.values()].reduce((sum, count) => sum + count, 0)
    console.log(`${title}: ${total} requests\n${rows.join('\n')}`)
  }
}
