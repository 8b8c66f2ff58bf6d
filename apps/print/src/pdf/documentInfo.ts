/**
 * Small, exact edits to the PDFs Chromium writes (Skia: uncompressed dictionaries, classic
 * xref tables), so no PDF library is needed for them.
 */

/** The page count from the page tree: its root's /Count is the largest. */
export function pageCountOf(pdf: Buffer): number {
  const text = pdf.toString('latin1')
  let pages = 0
  for (const match of text.matchAll(/\/Type\s*\/Pages\b[\s\S]*?\/Count\s+(\d+)/g)) pages = Math.max(pages, Number(match[1]))
  if (pages === 0) throw new Error('Not a PDF with a page tree')
  return pages
}

/** A PDF text string that holds any Unicode: UTF-16BE with its byte order mark, in hex. */
function pdfText(value: string): string {
  const bytes = Buffer.from(`\uFEFF${value}`, 'utf16le').swap16()
  return `<${bytes.toString('hex').toUpperCase()}>`
}

export interface DocumentInfo {
  title: string
  author: string
  subject: string
}

/**
 * Adds author and subject to the document information (Chromium writes only title, creator and
 * dates) as an incremental update: the original bytes stay as they are, a new /Info follows.
 */
export function withDocumentInfo(pdf: Buffer, info: DocumentInfo): Buffer {
  const text = pdf.toString('latin1')
  const trailerAt = text.lastIndexOf('trailer')
  const trailer = text.slice(trailerAt)
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1])
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1]
  const previousXref = Number(/startxref\s+(\d+)/.exec(text.slice(text.lastIndexOf('startxref')))?.[1])
  if (!size || !root || !previousXref) throw new Error('Unexpected PDF trailer: cannot add document information')

  const oldInfoRef = /\/Info\s+(\d+)\s+0\s+R/.exec(trailer)?.[1]
  const oldInfo = oldInfoRef ? (new RegExp(`(?:^|\\s)${oldInfoRef} 0 obj\\s*<<([\\s\\S]*?)>>\\s*endobj`).exec(text)?.[1] ?? '') : ''
  // Keep what Chromium wrote (creator, producer, dates) but our own title, author and subject.
  const kept = oldInfo.replace(/\/(Title|Author|Subject)\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/g, '').trim()
  const dictionary = `<</Title ${pdfText(info.title)}\n/Author ${pdfText(info.author)}\n/Subject ${pdfText(info.subject)}\n${kept}>>`

  const objectAt = pdf.length + 1
  const object = `\n${size} 0 obj\n${dictionary}\nendobj\n`
  const xrefAt = pdf.length + Buffer.byteLength(object, 'latin1')
  const xref = `xref\n${size} 1\n${String(objectAt).padStart(10, '0')} 00000 n \n`
  const newTrailer = `trailer\n<</Size ${size + 1}\n/Root ${root}\n/Info ${size} 0 R\n/Prev ${previousXref}>>\nstartxref\n${xrefAt}\n%%EOF\n`
  return Buffer.concat([pdf, Buffer.from(object + xref + newTrailer, 'latin1')])
}
