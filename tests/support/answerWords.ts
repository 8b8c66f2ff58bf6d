import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * The words of the answer at `url`, as a reader would find them: text as it is, a PDF through
 * pdftotext (poppler); white space dropped, since a PDF may wrap a word anywhere.
 */
export async function answerWords(url: string): Promise<string> {
  const response = await fetch(url)
  if (!(response.headers.get('content-type') ?? '').includes('application/pdf')) return (await response.text()).replace(/\s+/g, '')
  const folder = mkdtempSync(path.join(tmpdir(), 'oneheart-answer-'))
  try {
    const file = path.join(folder, 'answer.pdf')
    writeFileSync(file, Buffer.from(await response.arrayBuffer()))
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
