'use client'
import { Dropzone } from '@payloadcms/ui'
import { useId } from 'react'
import styles from './archiveImport.module.css'

/** One or many PDFs, chosen with the file dialog or dropped on the box. */
export function FilePicker({ onFiles }: { onFiles: (files: File[]) => void }) {
  const inputId = useId()
  const helpId = useId()
  return (
    <Dropzone className={styles.dropzone} multipleFiles onChange={(files) => onFiles([...files])}>
      <div className={styles.dropzoneContent}>
        <input
          id={inputId}
          className={styles.fileInput}
          type="file"
          accept=".pdf,application/pdf"
          multiple
          aria-describedby={helpId}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])]
            // Emptied so the same file can be chosen again after it was removed from the list.
            event.target.value = ''
            if (files.length > 0) onFiles(files)
          }}
        />
        {/* The browser's own button would speak the browser's language; this label is the button instead. */}
        <label htmlFor={inputId} className="btn btn--style-primary btn--size-large">
          PDFファイルを選ぶ
        </label>
        <p id={helpId} className={styles.help}>
          いくつでも選べます。この枠にPDFをドラッグして置くこともできます。選ぶとすぐに読み取りを始めます（まだ取り込みはしません）。
        </p>
      </div>
    </Dropzone>
  )
}
