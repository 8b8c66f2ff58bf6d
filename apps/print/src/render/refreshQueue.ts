import type { ContentSource } from '../content/sources.ts'
import { EDITIONS } from '../layout/editions.ts'
import { issuePrintable, type Printer } from './printer.tsx'

/** How many of the newest issues a content change re-renders when it names none. */
const LATEST_ISSUES = 3

/**
 * Re-renders PDFs after the CMS publishes, so a reader's first download is already made.
 * Requests that arrive while a pass runs are merged into one more pass.
 */
export class RefreshQueue {
  private running: Promise<void> | null = null
  private pending: Set<number> | null = null

  constructor(
    private readonly source: ContentSource,
    private readonly printer: Printer,
  ) {}

  request(issueNumbers: number[] = []): void {
    this.pending ??= new Set()
    for (const number of issueNumbers) this.pending.add(number)
    this.running ??= this.drain().finally(() => (this.running = null))
  }

  /** Resolves once no pass is running or waiting (tests and the CLI's shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running
  }

  private async drain() {
    while (this.pending) {
      const named = [...this.pending]
      this.pending = null
      const numbers = new Set([...named, ...(await this.source.latestIssueNumbers(LATEST_ISSUES).catch(() => []))])
      for (const number of numbers) await this.refreshIssue(number)
    }
  }

  private async refreshIssue(number: number) {
    try {
      const content = await this.source.issue(number)
      for (const edition of EDITIONS) {
        const { cached } = await this.printer.pdf(issuePrintable(content, edition))
        if (!cached) console.log(`print: rendered issue ${number} (${edition}) after a change`)
      }
    } catch (error) {
      // An unpublished issue or a missing photo: the next request reports it to whoever asks.
      console.warn(`print: could not refresh issue ${number}:`, error instanceof Error ? error.message : error)
    }
  }
}
