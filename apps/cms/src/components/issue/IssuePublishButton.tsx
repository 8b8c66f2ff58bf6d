'use client'
import { PublishButton } from '@payloadcms/ui'
import type { PublishButtonClientProps } from 'payload'
import { useIssueChecklist } from './useIssueChecklist'

/** Payload's publish button, saying what it publishes: この号と記事3件・お知らせ1件を公開. */
export function IssuePublishButton(props: PublishButtonClientProps) {
  const { checklist } = useIssueChecklist()
  return <PublishButton {...props} label={checklist?.publishLabel ?? 'この号を公開'} />
}
