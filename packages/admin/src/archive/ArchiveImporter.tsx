'use client'
import type { ImportResult } from '@oneheart/archive/result'
import { useEffect, useRef, useState } from 'react'
import { ActionButton } from './ActionButton'
import type { KindOption } from './ArticleReview'
import styles from './archiveImport.module.css'
import { afterReading, type Entry, isBusy, isImportable, looksLikePdf } from './entries'
import { FileCard } from './FileCard'
import { FilePicker } from './FilePicker'
import { ImportOutcome } from './ImportOutcome'
import { sendForImport } from './importRequest'
import { correctionsOf } from './review'

type Stage = 'review' | 'importing' | 'done'

const notPdf = (file: File): ImportResult => ({
  status: 'failed',
  articles: 0,
  pages: 0,
  ocrPages: 0,
  warnings: [],
  reason: `「${file.name}」はPDFファイルではありません。PDFを選んでください。`,
})

/**
 * The three steps: choose PDFs (each is read at once by a dry run, one after another so OCR
 * has the server's cores to itself), check and correct what was read, then import them all
 * with the corrections, as drafts or published.
 */
export function ArchiveImporter({ kinds, siteUrl }: { kinds: KindOption[]; siteUrl: string }) {
  const [entries, setEntries] = useState<Entry[]>([])
  const [stage, setStage] = useState<Stage>('review')
  const [publish, setPublish] = useState(false)
  const [problems, setProblems] = useState<string[]>([])
  const queue = useRef<Entry[]>([])
  const reading = useRef(false)
  const removed = useRef(new Set<string>())
  const nextId = useRef(0)
  const problemsRef = useRef<HTMLDivElement>(null)
  const resultsRef = useRef<HTMLHeadingElement>(null)

  // The review disappears when importing starts: the results' heading takes the focus it had.
  useEffect(() => {
    if (stage === 'importing') resultsRef.current?.focus()
  }, [stage])

  const update = (id: string, patch: Partial<Entry>) => setEntries((all) => all.map((entry) => (entry.id === id ? { ...entry, ...patch } : entry)))

  async function readQueued() {
    if (reading.current) return
    reading.current = true
    for (let entry = queue.current.shift(); entry; entry = queue.current.shift()) {
      if (removed.current.has(entry.id)) continue
      update(entry.id, { phase: 'reading', startedAt: Date.now() })
      const answer = await sendForImport(entry.file, { dryRun: true })
      update(entry.id, afterReading(answer))
    }
    reading.current = false
  }

  function add(files: File[]) {
    const added = files.map((file): Entry => {
      nextId.current += 1
      const id = `f${nextId.current}`
      return looksLikePdf(file) ? { id, file, phase: 'waiting', startedAt: null } : { id, file, phase: 'read', startedAt: null, reading: notPdf(file) }
    })
    setEntries((all) => [...all, ...added])
    setProblems([])
    queue.current.push(...added.filter((entry) => entry.phase === 'waiting'))
    void readQueued()
  }

  function remove(id: string) {
    removed.current.add(id)
    setEntries((all) => all.filter((entry) => entry.id !== id))
  }

  async function importAll() {
    const ready = entries.filter(isImportable)
    const checked = ready.map((entry) => ({ entry, read: correctionsOf(entry.review, { publish }) }))
    const found = checked.flatMap(({ entry, read }) => (read.ok ? [] : read.problems.map((problem) => `${entry.file.name}：${problem}`)))
    setProblems(found)
    if (found.length > 0) {
      requestAnimationFrame(() => problemsRef.current?.focus())
      return
    }
    setStage('importing')
    for (const { entry, read } of checked) {
      if (!read.ok) continue
      update(entry.id, { phase: 'sending', startedAt: Date.now() })
      const outcome = await sendForImport(entry.file, { dryRun: false, publish, corrections: read.value })
      update(entry.id, { phase: 'sent', startedAt: null, outcome })
    }
    setStage('done')
  }

  function startOver() {
    removed.current = new Set(entries.map((entry) => entry.id))
    setEntries([])
    setProblems([])
    setStage('review')
  }

  const importable = entries.filter(isImportable).length
  const busy = entries.some(isBusy)
  const step = stage !== 'review' ? 3 : entries.length > 0 ? 2 : 1

  return (
    <div>
      <p className={styles.lead}>
        これまでにPDFで出した号を読み取り、記事に分けて取り込みます。取り込んだ号はサイトの「過去の号」に並び、記事は検索できるようになります。スキャンした紙面は文字を画像から読み取るので、1ページに数秒かかります。
      </p>
      <ol className={styles.steps} aria-label="手順">
        {['PDFを選ぶ', '読み取った内容を確かめる', '取り込む'].map((name, index) => (
          <li key={name} aria-current={step === index + 1 ? 'step' : undefined}>
            {index + 1}. {name}
          </li>
        ))}
      </ol>

      {stage === 'review' && (
        <>
          <section className={styles.section} aria-labelledby="archive-step-choose">
            <h2 id="archive-step-choose">1. PDFを選ぶ</h2>
            <FilePicker onFiles={add} />
          </section>

          {entries.length > 0 && (
            <section className={styles.section} aria-labelledby="archive-step-review">
              <h2 id="archive-step-review">2. 読み取った内容を確かめる</h2>
              <p>号数・発行日・タイトルと、記事の分け方を確かめてください。違っているところはここで直せます。</p>
              {entries.map((entry) => (
                <FileCard key={entry.id} entry={entry} kinds={kinds} onReview={(review) => update(entry.id, { review })} onRemove={() => remove(entry.id)} />
              ))}
            </section>
          )}

          {entries.length > 0 && (
            <section className={`${styles.section} ${styles.confirm}`} aria-labelledby="archive-step-import">
              <h2 id="archive-step-import">3. 取り込む</h2>
              <fieldset className={styles.choice}>
                <legend>取り込んだ号を</legend>
                <label>
                  <input type="radio" name="archive-publish" checked={!publish} onChange={() => setPublish(false)} />{' '}
                  下書きとして取り込む（あとで管理画面から公開します）
                </label>
                <label>
                  <input type="radio" name="archive-publish" checked={publish} onChange={() => setPublish(true)} /> すぐに公開する（サイトと検索にすぐ出ます）
                </label>
              </fieldset>
              {problems.length > 0 && (
                <div ref={problemsRef} tabIndex={-1} role="alert" className={styles.problems}>
                  <p>
                    <strong>取り込む前に直してください：</strong>
                  </p>
                  <ul>
                    {problems.map((problem) => (
                      <li key={problem}>{problem}</li>
                    ))}
                  </ul>
                </div>
              )}
              <ActionButton look="primary" size="large" onClick={() => void importAll()} disabled={busy || importable === 0}>
                {importable > 1 ? `${importable}つのファイルを取り込む` : '取り込む'}
              </ActionButton>
              <p className={styles.help} aria-live="polite">
                {busy ? 'すべてのファイルを読み終えると取り込めます。' : importable === 0 ? '取り込めるファイルがありません。' : ''}
              </p>
            </section>
          )}
        </>
      )}

      {stage !== 'review' && (
        <section className={styles.section} aria-labelledby="archive-step-result">
          <h2 id="archive-step-result" ref={resultsRef} tabIndex={-1}>
            3. 取り込み{stage === 'done' ? 'の結果' : '中'}
          </h2>
          {entries.map((entry) => (
            <ImportOutcome key={entry.id} entry={entry} published={publish} siteUrl={siteUrl} />
          ))}
          {stage === 'done' && (
            <ActionButton look="secondary" onClick={startOver}>
              ほかのPDFを取り込む
            </ActionButton>
          )}
        </section>
      )}
    </div>
  )
}
