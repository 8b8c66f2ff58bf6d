// Reads a PDF's text layer with pdf.js in a worker thread of its own. Plain JavaScript on purpose:
// it loads without any TypeScript loader, so pdf.js starts in a fraction of a second, a file
// that hangs pdf.js can be stopped, and the memory of one document is freed with its worker.
import { parentPort, workerData } from 'node:worker_threads'

// pdf.js calls Promise.withResolvers, which Node 20 lacks; the shim is installed only where missing.
if (!Promise.withResolvers) {
  Promise.withResolvers = () => {
    let resolve
    let reject
    const promise = new Promise((yes, no) => {
      resolve = yes
      reject = no
    })
    return { promise, resolve, reject }
  }
}

const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
const { bytes, maxPages } = workerData

async function read() {
  const task = getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, stopAtErrors: true, verbosity: 0 })
  let document
  try {
    document = await task.promise
  } catch (error) {
    return { failure: error?.name === 'PasswordException' ? 'password' : 'broken' }
  }
  try {
    if (document.numPages > maxPages) return { failure: 'pages', pageCount: document.numPages }
    const pages = []
    for (let number = 1; number <= document.numPages; number++) {
      let page
      try {
        page = await document.getPage(number)
        const [x0, y0, x1, y1] = page.view
        const content = await page.getTextContent()
        const runs = []
        for (const item of content.items) {
          if (typeof item.str !== 'string' || item.str.trim() === '') continue
          const [a, b, , d, e, f] = item.transform
          runs.push({ text: item.str, x: e - x0, y: f - y0, width: item.width, size: Math.hypot(a, b) || Math.abs(d) })
        }
        pages.push({ number, width: x1 - x0, height: y1 - y0, runs })
      } catch {
        return { failure: 'brokenPage', page: number }
      } finally {
        page?.cleanup()
      }
    }
    return { pageCount: document.numPages, pages }
  } finally {
    await task.destroy()
  }
}

parentPort.postMessage(await read())
