'use client'
import { getTranslation } from '@payloadcms/translations'
import { useConfig, useDocumentInfo, useDocumentTitle, useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'

/**
 * A record without its title yet is headed 「新しい号（未保存）」, not its database id: Payload
 * falls back to the id (autosave creates the record as the form opens), which means nothing
 * to the person writing it.
 */
export function TitleFallback() {
  const { id, collectionSlug } = useDocumentInfo()
  const { title, setDocumentTitle } = useDocumentTitle()
  const { getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  const singular = collectionSlug ? getTranslation(getEntityConfig({ collectionSlug })?.labels?.singular ?? '', i18n) : ''

  useEffect(() => {
    const showsId = !title || (id !== undefined && title === String(id)) || /^\[.*\]$/.test(title)
    if (!showsId || !singular) return
    // After Payload's own title effects in this render, which would set the id back.
    const timer = setTimeout(() => setDocumentTitle(`新しい${singular}（タイトル未入力）`), 0)
    return () => clearTimeout(timer)
  }, [title, id, singular, setDocumentTitle])
  return null
}
