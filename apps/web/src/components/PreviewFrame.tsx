import { siteEnv } from '@oneheart/env'
import type { ReactNode } from 'react'
import { RefreshOnSave } from './RefreshOnSave'

/** Around every preview: a notice that this is a draft, and the refresh on each save. */
export function PreviewFrame({ children, refused }: { children?: ReactNode; refused?: string }) {
  if (refused) {
    return (
      <section aria-labelledby="preview-refused">
        <h1 id="preview-refused">プレビューを開けませんでした</h1>
        <p>{refused}</p>
      </section>
    )
  }
  return (
    <>
      <p className="preview-notice" role="note">
        プレビュー：公開前の下書きです。管理画面で保存するたびに、ここも新しくなります。
      </p>
      <RefreshOnSave cmsUrl={siteEnv().CMS_URL} />
      {children}
    </>
  )
}
