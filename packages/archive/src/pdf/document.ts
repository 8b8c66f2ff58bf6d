import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { findRepoRoot } from '@oneheart/env'
import { ArchiveRefusal } from '../refusal.ts'

/** A run of text as the PDF places it; y grows upwards from the page's bottom edge, as in PDF. */
export interface TextRun {
  text: string
  x: number
  y: number
  width: number
  /** The font size in points (the run's height). */
  size: number
}

export interface PdfPage {
  number: number
  width: number
  height: number
  runs: TextRun[]
}

type WorkerAnswer =
  | { pageCount: number; pages: PdfPage[]; failure?: undefined }
  | { failure: 'password' | 'broken' }
  | { failure: 'pages'; pageCount: number }
  | { failure: 'brokenPage'; page: number }

const PDF_MAGIC = '%PDF-'
const READ_TIMEOUT_MS = 120_000
const WORKER_FILE = 'textLayerWorker.mjs'

/** The worker's file on disk: beside this module, or in the repository when a bundler moved this one. */
function workerPath(): string {
  const beside = path.join(path.dirname(fileURLToPath(import.meta.url)), WORKER_FILE)
  return existsSync(beside) ? beside : path.join(findRepoRoot(), 'packages', 'archive', 'src', 'pdf', WORKER_FILE)
}

const BROKEN = 'PDFが壊れていて読めません。元のファイルをもう一度ダウンロードしてから選んでください。'

function refusalFor(answer: Exclude<WorkerAnswer, { failure?: undefined }>, maxPages: number): ArchiveRefusal {
  switch (answer.failure) {
    case 'password':
      return new ArchiveRefusal(422, 'このPDFにはパスワードがかかっていて読めません。パスワードを外したPDFを選んでください。')
    case 'pages':
      return new ArchiveRefusal(
        413,
        `ページが多すぎます（${answer.pageCount}ページ）。1つのファイルは${maxPages}ページまでです。号ごとに分けたPDFを選んでください。`,
      )
    case 'brokenPage':
      return new ArchiveRefusal(422, `PDFの${answer.page}ページ目が壊れていて読めません。元のファイルをもう一度ダウンロードしてから選んでください。`)
    default:
      return new ArchiveRefusal(422, BROKEN)
  }
}

/** Reads every page's text runs, refusing what is not a PDF, is locked, broken or too long, in Japanese. */
export async function readTextLayer(bytes: Uint8Array, maxPages: number): Promise<{ pageCount: number; pages: PdfPage[] }> {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1')
  if (!head.includes(PDF_MAGIC)) {
    throw new ArchiveRefusal(415, 'PDFファイルではありません。市のサイトに載っている紙面のPDFを選んでください。')
  }
  // execArgv [] keeps the parent's TypeScript loader out of the worker (see the worker's comment).
  const worker = new Worker(workerPath(), { workerData: { bytes: new Uint8Array(bytes), maxPages }, execArgv: [] })
  const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new ArchiveRefusal(422, 'PDFの読み取りに時間がかかりすぎたため中止しました。ファイルが壊れていないか確かめてください。')),
      READ_TIMEOUT_MS,
    )
    worker.once('message', (message: WorkerAnswer) => {
      clearTimeout(timer)
      resolve(message)
    })
    worker.once('error', (error) => {
      clearTimeout(timer)
      console.error('[archive] the PDF reader stopped:', error)
      reject(new ArchiveRefusal(422, BROKEN))
    })
  }).finally(() => void worker.terminate())
  if (answer.failure) throw refusalFor(answer, maxPages)
  return answer
}
