/**
 * Plain text as a Lexical document, for text that arrives typed rather than from the editor
 * (the API, the demo content): a blank line starts a paragraph, a single line break stays a
 * line break, and **words** are bold, as the coordinators' request box prints its key phrases.
 */
const BOLD = 1

function runs(line: string) {
  return line
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((piece) => {
      const bold = /^\*\*[^*]+\*\*$/.test(piece)
      return { type: 'text', text: bold ? piece.slice(2, -2) : piece, format: bold ? BOLD : 0, style: '', mode: 'normal', detail: 0, version: 1 }
    })
}

function paragraph(text: string) {
  const children = text.split('\n').flatMap((line, index) => [...(index > 0 ? [{ type: 'linebreak', version: 1 }] : []), ...runs(line)])
  return { type: 'paragraph', format: '' as const, indent: 0, version: 1, direction: 'ltr' as const, textFormat: 0, textStyle: '', children }
}

export function textToLexical(text: string | string[]) {
  const paragraphs = (Array.isArray(text) ? text : text.split(/\n\s*\n/)).map((part) => part.trim()).filter(Boolean)
  return { root: { type: 'root', format: '' as const, indent: 0, version: 1, direction: 'ltr' as const, children: paragraphs.map(paragraph) } }
}
