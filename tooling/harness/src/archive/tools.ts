import { execFile } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

const execFileAsync = promisify(execFile)

/** The Debian tools the archive fixtures are made and checked with, and the package each comes in. */
const TOOLS = [
  { command: 'pdftoppm', pkg: 'poppler-utils' },
  { command: 'pdftotext', pkg: 'poppler-utils' },
  { command: 'pdfinfo', pkg: 'poppler-utils' },
  { command: 'pdffonts', pkg: 'poppler-utils' },
  { command: 'pdfimages', pkg: 'poppler-utils' },
  { command: 'img2pdf', pkg: 'img2pdf' },
  { command: 'qpdf', pkg: 'qpdf' },
] as const

const onPath = (command: string) =>
  (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      accessSync(path.join(dir, command), constants.X_OK)
      return true
    } catch {
      return false
    }
  })

export const FIXTURE_TOOLS = {
  tools: TOOLS,
  /** The missing tools, each with the package that brings it ("img2pdf (apt-get install img2pdf)"); empty when all are there. */
  missing(): string[] {
    return TOOLS.filter(({ command }) => !onPath(command)).map(({ command, pkg }) => `${command} (apt-get install ${pkg})`)
  },
  /** Throws an error naming every missing tool. */
  check(): void {
    const missing = FIXTURE_TOOLS.missing()
    if (missing.length) throw new Error(`The archive fixtures need tools this machine lacks: ${missing.join(', ')}`)
  },
}

/** Runs a tool and returns its standard output; a failure carries the tool's own message. */
export async function run(command: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await execFileAsync(command, args, { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 })
    return String(stdout)
  } catch (error) {
    const { stderr } = error as { stderr?: string }
    throw new Error(`${command} ${args.join(' ')} failed: ${stderr?.trim() || (error as Error).message}`)
  }
}

export async function pageCount(file: string, password?: string): Promise<number> {
  const info = await run('pdfinfo', [...(password ? ['-upw', password] : []), file])
  const pages = /^Pages:\s+(\d+)/m.exec(info)
  if (!pages) throw new Error(`pdfinfo gave no page count for ${file}`)
  return Number(pages[1])
}

/** The text layer of a PDF (or of pages first–last), as poppler reads it. */
export const pdfText = (file: string, first?: number, last?: number) =>
  run('pdftotext', [...(first ? ['-f', String(first)] : []), ...(last ? ['-l', String(last)] : []), '-enc', 'UTF-8', file, '-'])

/** Text without any whitespace: columns and justification add spaces and line breaks, never words. */
export const squash = (text: string) => text.replace(/\s+/g, '')
