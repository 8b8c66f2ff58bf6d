'use client'
import { PublishButton, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import type { PublishButtonClientProps } from 'payload'
import { useEffect, useRef } from 'react'
import { useIssueChecklist } from './useIssueChecklist'

/**
 * Payload's publish button, saying what it publishes: この号と記事3件・お知らせ1件を公開. After a
 * publish the screen's server-rendered parts (the table of articles, their 下書き marks) are
 * rendered again, so nothing on it still says draft.
 */
export function IssuePublishButton(props: PublishButtonClientProps) {
  const { checklist, refresh } = useIssueChecklist()
  const { lastUpdateTime, unpublishedVersionCount, hasPublishedDoc } = useDocumentInfo()
  const router = useRouter()
  const seen = useRef(lastUpdateTime)
  useEffect(() => {
    if (lastUpdateTime === seen.current) return
    seen.current = lastUpdateTime
    if (hasPublishedDoc && unpublishedVersionCount === 0) {
      router.refresh()
      void refresh()
    }
  }, [lastUpdateTime, unpublishedVersionCount, hasPublishedDoc, router, refresh])
  return <PublishButton {...props} label={checklist?.publishLabel ?? 'この号を公開'} />
}
