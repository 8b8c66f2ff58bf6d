import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { PublicEventFlyer, PublicIssueEdition } from '@oneheart/contract'
import { printEnv, serverEnv } from '@oneheart/env'
import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { EventFlyer } from '../layout/EventFlyer.tsx'
import type { Edition } from '../layout/editions.ts'
import { IssueEdition } from '../layout/IssueEdition.tsx'
import { pageCountOf, withDocumentInfo } from '../pdf/documentInfo.ts'
import { stylesFingerprint } from './assets.ts'
import { type FitOnePage, renderPdf } from './browser.ts'
import { PdfCache } from './cache.ts'

/**
 * The renderer's own code is part of the cache key: in the bundle this file is the whole
 * server, so a new release never serves a PDF made by the old one.
 */
const RENDERER_VERSION = createHash('sha256')
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .digest('hex')

export interface PrintedPdf {
  file: Buffer
  pages: number
  key: string
  cached: boolean
}

export interface Printable {
  html: string
  /** Set for pieces that must stay on one sheet. */
  fitOnePage?: FitOnePage
  title: string
  author: string
  subject: string
}

/** The reader site's public address for an issue or event: what paper and its QR codes carry (PUBLIC_SITE_URL). */
export const issuePageUrl = (number: number) => `${serverEnv().PUBLIC_SITE_URL}/issues/${number}`
// The site lists events on one page, each under its own anchor.
export const eventPageUrl = (slug: string) => `${serverEnv().PUBLIC_SITE_URL}/events#${slug}`

/** `top` goes above the page on screen only (the preview bar); the PDF is made without it. */
export function issuePrintable(content: PublicIssueEdition, edition: Edition, top?: ReactNode): Printable {
  const { newsletter, issue } = content
  const pageUrl = issuePageUrl(issue.number)
  return {
    html: `<!doctype html>${renderToStaticMarkup(<IssueEdition content={content} edition={edition} pageUrl={pageUrl} top={top} />)}`,
    title: `${newsletter.title} ${issue.title}`,
    author: newsletter.publisher.name,
    subject: newsletter.subtitle,
  }
}

export function flyerPrintable(content: PublicEventFlyer, top?: ReactNode): Printable {
  const pageUrl = eventPageUrl(content.event.slug)
  return {
    html: `<!doctype html>${renderToStaticMarkup(<EventFlyer content={content} pageUrl={pageUrl} top={top} />)}`,
    // The flyer's @page margins are 15 mm all round (flyer.css).
    fitOnePage: { widthMm: 210 - 30, heightMm: 297 - 30 },
    title: `${content.event.title}（お知らせ）`,
    author: content.newsletter.publisher.name,
    subject: content.newsletter.title,
  }
}

/** Turns printables into PDFs, through the content-hash cache. */
export class Printer {
  private styles: Promise<string> | undefined

  constructor(private readonly cache = new PdfCache(printEnv().PRINT_CACHE_DIR)) {}

  async keyOf(printable: Printable): Promise<string> {
    this.styles ??= stylesFingerprint()
    return PdfCache.keyOf(
      RENDERER_VERSION,
      await this.styles,
      printable.html,
      printable.title,
      printable.author,
      printable.subject,
      JSON.stringify(printable.fitOnePage ?? null),
    )
  }

  async pdf(printable: Printable, options: { fresh?: boolean } = {}): Promise<PrintedPdf> {
    const key = await this.keyOf(printable)
    const make = async () => withDocumentInfo(await renderPdf(printable.html, { fitOnePage: printable.fitOnePage }), printable)
    const { file, cached } = options.fresh ? { file: await make(), cached: false } : await this.cache.getOrMake(key, make)
    return { file, pages: pageCountOf(file), key, cached }
  }

  /** The page count of a cached PDF, without rendering one. */
  async cachedPages(printable: Printable): Promise<number | null> {
    const file = await this.cache.get(await this.keyOf(printable))
    return file ? pageCountOf(file) : null
  }
}
