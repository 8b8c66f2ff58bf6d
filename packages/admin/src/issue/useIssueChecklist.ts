'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

export type Checklist = {
  items: { level: 'blocker' | 'warning'; message: string; href?: string }[]
  drafts: { collection: string; id: number; title: string }[]
  publishLabel: string
  pages: number | null
  plannedPages: number | null
  printLinks: { label: string; url: string }[]
}

// Articles and events change in other tabs and drawers: the checklist is read again this often.
const REFRESH_MS = 10_000

// The checklist, the publish button and the print links read the same answer: one request at a time.
const recent = new Map<string, { at: number; answer: Promise<Checklist> }>()
const SHARE_MS = 2_000

function readChecklist(id: string | number): Promise<Checklist> {
  const key = String(id)
  const cached = recent.get(key)
  if (cached && Date.now() - cached.at < SHARE_MS) return cached.answer
  const answer = fetch(`/api/issues/${key}/checklist`, { credentials: 'include', cache: 'no-store' }).then(async (response) => {
    if (!response.ok) throw new Error(String(response.status))
    return (await response.json()) as Checklist
  })
  recent.set(key, { at: Date.now(), answer })
  return answer
}

/**
 * The issue's checklist from the CMS (GET /api/issues/:id/checklist), read again after every
 * save of the issue and every few seconds while the screen is visible.
 */
export function useIssueChecklist(): { checklist: Checklist | null; failed: boolean; refresh: () => Promise<void> } {
  const { id, lastUpdateTime } = useDocumentInfo()
  const [checklist, setChecklist] = useState<Checklist | null>(null)
  const [failed, setFailed] = useState(false)

  const refresh = useCallback(async () => {
    if (!id) return
    try {
      setChecklist(await readChecklist(id))
      setFailed(false)
    } catch {
      setFailed(true)
    }
  }, [id])

  // biome-ignore lint/correctness/useExhaustiveDependencies: lastUpdateTime is the trigger: read again after each save of the issue
  useEffect(() => {
    void refresh()
  }, [refresh, lastUpdateTime])

  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh()
    }, REFRESH_MS)
    return () => clearInterval(timer)
  }, [refresh])

  return { checklist, failed, refresh }
}
