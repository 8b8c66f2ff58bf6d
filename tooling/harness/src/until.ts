/**
 * Polls `check` until it answers true, or throws `explain()` once `timeoutMs` has passed (or
 * at once when `check` throws: a process that exited will not start answering). What waiting
 * for an app, Redis or nginx to answer has in common.
 */
export async function until(check: () => Promise<boolean>, timeoutMs: number, explain: () => string, intervalMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(explain())
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
