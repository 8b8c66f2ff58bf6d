import pg from 'pg'

/**
 * The advisory lock's two-number key ("oneh", 1). PostgreSQL keeps two-number keys apart from
 * the one-number keys the archive import locks files with, so they can never meet.
 */
export const JOBS_LOCK = [0x6f6e6568, 1] as const

/**
 * Which CMS instance runs the scheduled jobs (publishing at a set time). Payload's runner finds
 * due jobs and then marks them, so two instances ticking in the same second both ran the same
 * job. Instead, one instance holds a PostgreSQL advisory lock on a connection of its own and runs
 * the jobs; the others ask on each tick and take over within one tick of its connection ending
 * (PostgreSQL releases a session's locks when the session ends, a crash included).
 */
export class JobsLeadership {
  private client: pg.Client | undefined
  private held = false
  private asking: Promise<boolean> | undefined

  constructor(private readonly databaseUrl: string) {}

  /** Whether this process holds the lock now, taking it if it is free. */
  holds(): Promise<boolean> {
    if (this.held) return Promise.resolve(true)
    this.asking ??= this.ask().finally(() => {
      this.asking = undefined
    })
    return this.asking
  }

  /** Lets the lock go (the connection closes, so PostgreSQL frees it at once). */
  async release(): Promise<void> {
    const client = this.client
    this.client = undefined
    this.held = false
    await client?.end().catch(() => {})
  }

  private async ask(): Promise<boolean> {
    try {
      if (!this.client) {
        const client = new pg.Client({ connectionString: this.databaseUrl, application_name: 'oneheart-jobs-leader' })
        const lost = () => {
          if (this.client !== client) return
          this.client = undefined
          this.held = false
        }
        client.on('error', lost)
        client.on('end', lost)
        this.client = client
        await client.connect()
      }
      const { rows } = await this.client.query<{ held: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS held', [...JOBS_LOCK])
      this.held = rows[0]?.held === true
      return this.held
    } catch {
      await this.release()
      return false
    }
  }
}

let processLeadership: JobsLeadership | undefined

/** This process's answer to "should I run the jobs now?", for Payload's jobs.shouldAutoRun. */
export function holdsJobsLock(databaseUrl: string): Promise<boolean> {
  processLeadership ??= new JobsLeadership(databaseUrl)
  return processLeadership.holds()
}
