import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** PDFs kept on disk by the hash of what they show: same content, same file, no render. */
export class PdfCache {
  private readonly inFlight = new Map<string, Promise<Buffer>>()

  constructor(
    private readonly dir: string,
    private readonly keep = 300,
  ) {}

  static keyOf(...parts: string[]): string {
    const hash = createHash('sha256')
    for (const part of parts) hash.update(part).update('\0')
    return hash.digest('hex').slice(0, 32)
  }

  private fileOf(key: string) {
    return path.join(this.dir, `${key}.pdf`)
  }

  async get(key: string): Promise<Buffer | null> {
    return readFile(this.fileOf(key)).catch(() => null)
  }

  /** The cached PDF, or the one `make` renders; two requests for the same key share one render. */
  async getOrMake(key: string, make: () => Promise<Buffer>): Promise<{ file: Buffer; cached: boolean }> {
    const hit = await this.get(key)
    if (hit) return { file: hit, cached: true }
    let pending = this.inFlight.get(key)
    if (!pending) {
      pending = make().then(async (file) => {
        await this.put(key, file)
        return file
      })
      this.inFlight.set(key, pending)
      void pending.finally(() => this.inFlight.delete(key)).catch(() => {})
    }
    return { file: await pending, cached: false }
  }

  private async put(key: string, file: Buffer) {
    await mkdir(this.dir, { recursive: true })
    // Written aside and renamed, so a reader never sees half a file.
    const temporary = `${this.fileOf(key)}.${process.pid}.tmp`
    await writeFile(temporary, file)
    await rename(temporary, this.fileOf(key))
    await this.prune()
  }

  private async prune() {
    const names = (await readdir(this.dir)).filter((name) => name.endsWith('.pdf'))
    if (names.length <= this.keep) return
    const dated = await Promise.all(names.map(async (name) => ({ name, time: (await stat(path.join(this.dir, name))).mtimeMs })))
    dated.sort((a, b) => a.time - b.time)
    await Promise.all(dated.slice(0, names.length - this.keep).map(({ name }) => rm(path.join(this.dir, name), { force: true })))
  }
}
