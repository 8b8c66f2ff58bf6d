import { ARTICLE_KINDS } from '@oneheart/contract'
import { serverEnv } from '@oneheart/env'
import { ARCHIVE_IMPORT_PATH, ARCHIVE_IMPORT_TITLE, hasRole } from '@oneheart/schema'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { ArchiveImporter } from './ArchiveImporter'
import styles from './archiveImport.module.css'

/**
 * The screen 「過去の号を取り込む」 (/admin/archive-import). Payload renders custom views for
 * anyone, logged in or not, so the view checks the person itself: a visitor is sent to the
 * login, a contributor is told the screen is not theirs (the endpoint refuses them too).
 */
export function ArchiveImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  if (!req.user) redirect(`/admin/login?redirect=${encodeURIComponent(`/admin${ARCHIVE_IMPORT_PATH}`)}`)
  const allowed = hasRole(req.user, 'admin', 'editor')
  const kinds = ARTICLE_KINDS.map((kind) => ({ value: kind.value, label: kind.label.ja }))
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user}
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={[{ label: ARCHIVE_IMPORT_TITLE }]} />
      <Gutter className={styles.screen}>
        <h1>{ARCHIVE_IMPORT_TITLE}</h1>
        {allowed ? (
          <ArchiveImporter kinds={kinds} siteUrl={serverEnv().PUBLIC_SITE_URL} />
        ) : (
          <p role="alert">この画面は編集者と管理者だけが使えます。過去の号を取り込みたいときは、編集者に頼んでください。</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
