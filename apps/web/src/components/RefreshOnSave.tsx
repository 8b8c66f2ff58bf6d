'use client'
import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'

/** In the CMS's live preview, each save (autosave included) re-renders this page on the server. */
export function RefreshOnSave({ cmsUrl }: { cmsUrl: string }) {
  const router = useRouter()
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={cmsUrl} />
}
