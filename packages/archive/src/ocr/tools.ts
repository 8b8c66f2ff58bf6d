import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

export const run = promisify(execFile)

/** The Debian packages the importer drives, and what to install when one is missing. */
const TOOLS = [
  { command: 'pdftoppm', args: ['-v'], install: 'poppler-utils' },
  { command: 'tesseract', args: ['--list-langs'], install: 'tesseract-ocr tesseract-ocr-jpn', needs: 'jpn' },
] as const

let checked: Promise<void> | undefined

/** Fails once, clearly, when poppler or Tesseract's Japanese model is not installed. */
export function requireTools(): Promise<void> {
  checked ??= (async () => {
    for (const tool of TOOLS) {
      let output: string
      try {
        const { stdout, stderr } = await run(tool.command, [...tool.args], { timeout: 10_000 })
        output = stdout + stderr
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          throw new Error(`${tool.command} is not installed; the archive importer needs it: apt-get install ${tool.install}`)
        }
        output = String((error as { stdout?: string }).stdout ?? '') + String((error as { stderr?: string }).stderr ?? '')
      }
      if ('needs' in tool && !output.split(/\s+/).includes(tool.needs)) {
        throw new Error(`Tesseract has no Japanese model (${tool.needs}); install it: apt-get install ${tool.install}`)
      }
    }
  })()
  checked.catch(() => (checked = undefined))
  return checked
}
