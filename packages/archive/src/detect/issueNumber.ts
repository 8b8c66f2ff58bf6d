const NUMBER = /(?:第\s*([0-9０-９]{1,4})\s*号|通巻\s*([0-9０-９]{1,4})\s*号?|(?:No|NO|Vol|VOL|vol)\s*[.．]?\s*([0-9０-９]{1,4}))/u

/** The issue's number as printed (第23号, 通巻23号, No.23, Vol.23), looked for on the first page first. */
export function findIssueNumber(pages: string[]): { value: number; source: string } | null {
  for (const text of [pages[0] ?? '', ...pages.slice(1)]) {
    const match = NUMBER.exec(text)
    if (!match) continue
    const value = Number((match[1] ?? match[2] ?? match[3]!).normalize('NFKC'))
    if (value >= 1 && value <= 9999) return { value, source: match[0] }
  }
  return null
}
