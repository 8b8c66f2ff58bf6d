import { serverEnv } from '@oneheart/env'
import { previewToken } from '@oneheart/tokens'
import type { LivePreviewConfig } from 'payload'

/**
 * The CMS's live preview of an article or an issue: the reader site's preview page in the
 * side panel, signed for the editor at the screen, refreshed on every (auto)save.
 */
export function livePreviewOn(kind: 'article' | 'issue'): LivePreviewConfig {
  return {
    url: ({ data, req }) => {
      const site = serverEnv().WEB_URL.replace(/\/$/, '')
      const key = kind === 'article' ? Number(data?.id) : Number(data?.number)
      if (!req.user || !Number.isInteger(key) || key < 1) return `${site}/`
      const path = kind === 'article' ? `articles/${key}` : `issues/${key}`
      return `${site}/preview/${path}?token=${encodeURIComponent(previewToken(req.payload.secret, `${kind}:${key}`, Number(req.user.id)))}`
    },
    // What readers hold: an older phone first, then a tablet.
    breakpoints: [
      { name: 'phone', label: 'スマートフォン', width: 360, height: 720 },
      { name: 'tablet', label: 'タブレット', width: 768, height: 1024 },
    ],
  }
}
