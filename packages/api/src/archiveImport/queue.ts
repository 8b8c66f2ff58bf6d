import { availableParallelism } from 'node:os'

/**
 * Imports take the machine's cores (OCR runs a page per core): they run one at a time per
 * process, a few wait their turn, and more than that are told to come back later.
 */
export class ImportQueue {
  private running = 0
  private readonly waiting: Array<() => void> = []

  constructor(
    readonly atOnce = Math.max(1, Math.floor(availableParallelism() / 2)),
    readonly maxWaiting = 8,
  ) {}

  /** Runs `task` when a slot is free; null when the queue is already full. */
  async run<T>(task: () => Promise<T>): Promise<T | null> {
    if (this.running >= this.atOnce) {
      if (this.waiting.length >= this.maxWaiting) return null
      await new Promise<void>((resolve) => this.waiting.push(resolve))
    }
    this.running++
    try {
      return await task()
    } finally {
      this.running--
      this.waiting.shift()?.()
    }
  }
}
