import { printEnv } from '@oneheart/env'

/**
 * Photos are read from the media folder through the print app's own /media/ route, so a PDF
 * can be made (CLI included) without the CMS running. With S3 storage there is no local
 * folder: the CMS's URL is kept and Chromium fetches from it.
 */
export function printImageUrl(url: string): string {
  if (printEnv().S3_BUCKET) return url
  const file = /\/api\/media\/file\/([^/?#]+)/.exec(url)?.[1]
  return file ? `/media/${file}` : url
}
