/** What scripts (the `npm run print` CLI, the benchmark, tests) use to print without the server. */
export { ContentSource, PreviewRefusedError } from './content/sources.ts'
export { EDITIONS, type Edition, isEdition } from './layout/editions.ts'
export { pageCountOf } from './pdf/documentInfo.ts'
export { browser, closeBrowser, MissingImagesError } from './render/browser.ts'
export { PdfCache } from './render/cache.ts'
export { flyerPrintable, issuePrintable, type Printable, type PrintedPdf, Printer } from './render/printer.tsx'
export { RefreshQueue } from './render/refreshQueue.ts'
