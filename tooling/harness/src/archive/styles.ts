import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { findRepoRoot } from '@oneheart/env'

/**
 * Fonts and stylesheets of the fixture PDFs. The fonts are the BIZ UD files the print app
 * prints with (its @fontsource packages), loaded by file:// URLs so Chromium embeds them. The
 * packages' per-range stylesheets are used, not the single 'japanese' file: that one lacks → and
 * ①, which meeting summaries print, and Chromium would fill them in from another font.
 */

const root = findRepoRoot(import.meta.dirname)
const fromPrintApp = createRequire(path.join(root, 'apps', 'print', 'package.json'))

const FONT_PACKAGES = ['@fontsource/biz-udpgothic', '@fontsource/biz-udmincho']

/** The @font-face rules of both families, regular and bold, pointing at the font files on disk. */
export function fontFaces(): string {
  return FONT_PACKAGES.flatMap((pkg) => {
    const dir = path.dirname(fromPrintApp.resolve(`${pkg}/package.json`))
    const files = pathToFileURL(path.join(dir, 'files')).href
    return ['400.css', '700.css'].map((sheet) => readFileSync(path.join(dir, sheet), 'utf8').replaceAll('url(./files', `url(${files}`))
  }).join('\n')
}

/** What the two-column pages print around their number at the foot: - 1 -. */
export const PAGE_NUMBER = { before: '- ', after: ' -' }
export const pageNumberOf = (page: number) => `${PAGE_NUMBER.before}${page}${PAGE_NUMBER.after}`

/** The two-column page's margins: the top one holds the running header, the bottom one the page number. */
export const TWO_COLUMN_MARGIN_MM = { top: 17, side: 14, bottom: 16 }

const GOTHIC = "'BIZ UDPGothic'"
const MINCHO = "'BIZ UDMincho'"

/**
 * A designer's A4 issue: two columns, the running header and the page number in the page's
 * margin boxes. Margin boxes get the font too: without it Chromium prints them in a Type 3
 * font whose text reads back as NUL characters.
 */
export function twoColumnCss(header: [string, string]): string {
  const quote = (text: string) => `"${text.replace(/"/g, '\\"')}"`
  return `
@page {
  size: A4;
  margin: ${TWO_COLUMN_MARGIN_MM.top}mm ${TWO_COLUMN_MARGIN_MM.side}mm ${TWO_COLUMN_MARGIN_MM.bottom}mm;
  @top-left { content: ${quote(header[0])}; font: 8.5pt ${GOTHIC}; color: #555; vertical-align: bottom; padding-bottom: 2mm; }
  @top-right { content: ${quote(header[1])}; font: 8.5pt ${GOTHIC}; color: #555; vertical-align: bottom; padding-bottom: 2mm; }
  @bottom-center { content: ${quote(PAGE_NUMBER.before)} counter(page) ${quote(PAGE_NUMBER.after)}; font: 9pt ${GOTHIC}; color: #333; }
}
html { font-family: ${GOTHIC}; font-size: 10.5pt; line-height: 1.68; color: #111; }
body { margin: 0; line-break: strict; text-align: justify; }
p { margin: 0 0 1.4mm; }
.sheet { width: 182mm; height: 263mm; display: flex; flex-direction: column; break-after: page; overflow: hidden; }
.sheet:last-child { break-after: auto; }
.columns { flex: 1; min-height: 0; column-count: 2; column-gap: 7mm; column-fill: auto; column-rule: 0.4pt solid #999; }
.masthead { border-bottom: 2pt solid #b33c00; margin-bottom: 4mm; padding-bottom: 2mm; }
.masthead__subtitle { font-size: 10pt; margin: 0; }
.masthead__title { font-size: 30pt; margin: 0; color: #b33c00; letter-spacing: 0.08em; }
.masthead__issue { font-size: 13pt; margin: 0; display: flex; gap: 6mm; }
h2, h3, h4 { line-height: 1.35; break-after: avoid; break-inside: avoid; }
.story { margin-bottom: 5mm; }
.story__district { display: inline-block; background: #b33c00; color: #fff; padding: 0.5mm 2.5mm; margin: 0 0 1mm; font-weight: 700; }
.story__kicker { font-size: 9.5pt; color: #b33c00; margin: 0; }
.story__title { font-size: 14.5pt; margin: 0.5mm 0 2mm; }
.story__lead { font-weight: 700; }
.part__label { color: #7a2a00; }
.box { border: 1.2pt solid #555; border-radius: 3mm; padding: 2mm 3mm; margin: 0 0 4mm; break-inside: avoid; }
.box__title { font-size: 12pt; margin: 0 0 1.5mm; }
.greeting { background: #fdf0e6; }
.voices p { font-size: 10pt; }
.flow { margin: 0 0 3mm; break-inside: avoid; }
.flow__title { font-size: 11pt; margin: 0 0 1mm; }
.flow ol { list-style: none; margin: 0; padding: 0; }
.flow__step { border: 1pt solid #777; border-radius: 2mm; padding: 1mm 2mm; font-size: 9.5pt; line-height: 1.45; }
.flow__step span { display: block; color: #444; }
.flow__arrow { text-align: center; line-height: 1.1; color: #b33c00; }
.announcement ul { margin: 0 0 1.5mm; padding-left: 4mm; }
.announcement table { width: 100%; border-collapse: collapse; font-size: 9pt; line-height: 1.4; margin-bottom: 1.5mm; }
.announcement th, .announcement td { border: 0.6pt solid #777; padding: 0.8mm 1mm; vertical-align: top; text-align: left; }
.meetings .meeting__month { font-size: 12pt; margin: 2mm 0 0.5mm; border-bottom: 1pt solid #b33c00; }
.meetings .meeting__kind { font-size: 11pt; margin: 1.5mm 0 0.5mm; }
.agenda { list-style: none; margin: 0; padding: 0; }
.agenda__topic { margin: 0; }
.agenda__outcome { margin: 0 0 0 4mm; }
.request strong { color: #7a2a00; }
.colophon { border-top: 1pt solid #555; padding-top: 1.5mm; font-size: 9.5pt; text-align: left; break-inside: avoid; }
.colophon p { margin: 0; }
`
}

/** A word processor's export: one column of Mincho text, headings in Gothic, no running header. */
export function singleColumnCss(): string {
  return `
@page { size: A4; margin: 25mm 24mm 22mm; }
html { font-family: ${MINCHO}; font-size: 11pt; line-height: 1.75; color: #000; }
body { margin: 0; text-align: justify; }
p { margin: 0 0 1mm; text-indent: 1em; }
h1, h2, h3, h4, .masthead__subtitle, .masthead__issue, .story__district, .story__kicker, .box__title, .part__label { font-family: ${GOTHIC}; }
h1, h2, h3, h4 { break-after: avoid; }
.masthead { text-align: center; margin-bottom: 6mm; }
.masthead p { text-indent: 0; margin: 0; }
.masthead__title { font-size: 22pt; margin: 1mm 0; }
.masthead__issue span + span { margin-left: 1em; }
.story { margin: 0 0 5mm; }
.story__district, .story__kicker { text-indent: 0; margin: 0; font-weight: 700; }
.story__title { font-size: 14pt; margin: 0 0 2mm; }
.box { border: 0.8pt solid #000; padding: 2mm 4mm; margin: 0 0 5mm; break-inside: avoid; }
.box__title { font-size: 12pt; margin: 0 0 1mm; }
.meeting__month { font-size: 12pt; margin: 2mm 0 0; }
.meeting__kind { font-size: 11pt; margin: 1mm 0 0; }
.agenda { list-style: none; margin: 0; padding: 0; }
.agenda p { text-indent: 0; }
.agenda__outcome { margin-left: 2em; }
.colophon { border-top: 0.8pt solid #000; padding-top: 2mm; }
.colophon p { text-indent: 0; margin: 0; }
`
}
