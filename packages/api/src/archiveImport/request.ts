import { ArchiveRefusal, type ImportOptions, typedIssueDate, typedIssueNumber } from '@oneheart/archive'
import { ARTICLE_KINDS, valuesOf } from '@oneheart/contract'
import { z } from 'zod'

const flag = (value: FormDataEntryValue | null, name: string): boolean => {
  if (value === null || value === '') return false
  if (value === 'true' || value === 'false') return value === 'true'
  throw new ArchiveRefusal(400, `${name} は true か false で指定してください。`)
}

const correctedArticles = z
  .array(
    z.strictObject({
      title: z.string().trim().min(1).max(120),
      kind: z.enum(valuesOf(ARTICLE_KINDS)),
      page: z.number().int().min(1).max(999),
      text: z.string().max(40_000),
      links: z
        .array(
          z.strictObject({
            collection: z.enum(['councils', 'districts', 'activities']),
            id: z.number().int().positive(),
            name: z.string().max(200),
            matched: z.string().max(200),
          }),
        )
        .max(50)
        .optional(),
    }),
  )
  .max(200)

function articlesField(value: FormDataEntryValue | null): ImportOptions['articles'] {
  if (value === null || value === '') return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(String(value))
  } catch {
    throw new ArchiveRefusal(400, 'articles はJSONの配列で送ってください（[{ "title", "kind", "page", "text" }]）。')
  }
  const result = correctedArticles.safeParse(parsed)
  if (!result.success) {
    const first = result.error.issues[0]!
    throw new ArchiveRefusal(400, `articles の ${first.path.join('.')} が正しくありません: 見出しは1〜120字、種類は決まった値、ページは1以上の整数です。`)
  }
  return result.data
}

export interface ImportRequest {
  file: File
  options: ImportOptions
}

/** The multipart form of POST /api/archive/import, read and checked; a mistake is a 400 in Japanese. */
export function readImportForm(form: FormData): ImportRequest {
  const files = form.getAll('file')
  const file = files[0]
  if (!file || typeof file === 'string') throw new ArchiveRefusal(400, '「file」にPDFファイルを1つ付けて送ってください。')
  if (files.length > 1) throw new ArchiveRefusal(400, '1回に送れるPDFは1つです。ファイルごとに送ってください。')
  const number = form.get('number')
  const issuedOn = form.get('issuedOn')
  const title = form.get('title')
  const typedNumber = typeof number === 'string' && number.trim() !== '' ? Number(number.normalize('NFKC').trim()) : undefined
  return {
    file,
    options: {
      fileName: file.name || 'upload.pdf',
      number: typedNumber === undefined ? undefined : typedIssueNumber(typedNumber),
      issuedOn: typeof issuedOn === 'string' && issuedOn.trim() !== '' ? typedIssueDate(issuedOn) : undefined,
      title: typeof title === 'string' && title.trim() !== '' ? title.trim().slice(0, 80) : undefined,
      publish: flag(form.get('publish'), 'publish'),
      dryRun: flag(form.get('dryRun'), 'dryRun'),
      articles: articlesField(form.get('articles')),
    },
  }
}
