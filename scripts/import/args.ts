import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

export interface ImportCommand {
  files: string[]
  dryRun: boolean
  publish: boolean
  number?: number
  issuedOn?: string
}

export const USAGE = 'npm run import -- [--dry-run] [--publish] [--number N] [--date YYYY-MM[-DD]] <PDFファイルまたはフォルダ…>'

/** Every PDF under the paths given, folders searched through, in name order. */
async function pdfsUnder(paths: string[]): Promise<string[]> {
  const found: string[] = []
  for (const given of paths) {
    const full = path.resolve(given)
    const info = await stat(full).catch(() => null)
    if (!info) throw new Error(`見つかりません / not found: ${given}`)
    if (info.isDirectory()) {
      const entries = (await readdir(full, { recursive: true })).filter((name) => /\.pdf$/iu.test(name)).sort()
      found.push(...entries.map((name) => path.join(full, name)))
    } else {
      found.push(full)
    }
  }
  return found
}

/** Reads the command line; a mistake is named with the usage line. */
export async function readCommand(argv: string[]): Promise<ImportCommand> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' }, publish: { type: 'boolean' }, number: { type: 'string' }, date: { type: 'string' } },
  })
  if (positionals.length === 0) throw new Error(`取り込むPDFを指定してください / give PDF files or folders\n${USAGE}`)
  const files = await pdfsUnder(positionals)
  if (files.length === 0) throw new Error('指定した場所にPDFがありません / no PDF files found')
  if ((values.number || values.date) && files.length > 1) {
    throw new Error('--number と --date は1つのファイルを取り込むときだけ使えます / --number and --date need exactly one file')
  }
  const number = values.number === undefined ? undefined : Number(values.number.normalize('NFKC'))
  if (number !== undefined && !Number.isInteger(number))
    throw new Error(`--number は数字で指定してください / --number must be a whole number: ${values.number}`)
  return { files, dryRun: Boolean(values['dry-run']), publish: Boolean(values.publish), number, issuedOn: values.date?.normalize('NFKC') }
}
