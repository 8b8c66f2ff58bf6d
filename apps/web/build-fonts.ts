/**
 * Copies the site's web font (BIZ UDPGothic, regular) into public/fonts/ under a folder named
 * by its version, with a stylesheet of its own, so a page can paint in the phone's Japanese
 * font first and load this one afterwards (src/components/WebFont.tsx). Bundled into the page's
 * CSS instead, its 120 @font-face rules (105 kB) blocked the first paint and pulled 30–40
 * subsets into the critical path: ~5 s on Lighthouse's slow phone (issue 18). The regular face
 * only: browsers draw bold from it, and the bold face would double what a first visit downloads.
 */
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { WEB_FONT_FOLDER } from './src/lib/webFont.ts'

const require = createRequire(import.meta.url)
const source = path.dirname(require.resolve('@fontsource/biz-udpgothic/400.css'))
const target = path.join(import.meta.dirname, 'public', WEB_FONT_FOLDER)

const stylesheet = await readFile(path.join(source, '400.css'), 'utf8')
// Every browser the site supports reads WOFF2; the WOFF copies would only double the folder.
const rule = /src: url\(\.\/files\/([\w-]+\.woff2)\) format\('woff2'\), url\(\.\/files\/[\w-]+\.woff\) format\('woff'\);/g
const files = [...stylesheet.matchAll(rule)].map((match) => match[1] as string)
if (files.length === 0) throw new Error(`no WOFF2 sources found in ${source}/400.css: has @fontsource/biz-udpgothic changed its layout?`)

await rm(path.join(import.meta.dirname, 'public', 'fonts'), { recursive: true, force: true })
await mkdir(target, { recursive: true })
await Promise.all(files.map((file) => copyFile(path.join(source, 'files', file), path.join(target, file))))
await writeFile(path.join(target, '400.css'), stylesheet.replace(rule, "src: url(./$1) format('woff2');"))
console.log(`web font: ${files.length} subsets and their stylesheet in public/${WEB_FONT_FOLDER}`)
