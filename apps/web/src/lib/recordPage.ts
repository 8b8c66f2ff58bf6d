import type { Metadata } from 'next'
import { cache } from 'react'
import { NOT_FOUND_METADATA, orNull } from './notFound'

/**
 * What the site's record pages (an issue, an article, an activity, a council) share: the record
 * is read once per render, by the metadata and the page alike; an address that names no record
 * gets the not-found metadata (the page shows NotFoundPage); and no page is built ahead:
 * each is rendered on first request, then cached until content changes (see the root layout).
 */
export function recordPage<Record>(read: (key: string) => Promise<Record> | null, describe: (record: Record) => Metadata) {
  const load = cache((key: string): Promise<Record | null> => {
    const reading = read(key)
    return reading ? orNull(reading) : Promise.resolve(null)
  })
  return {
    load,
    generateStaticParams: (): never[] => [],
    metadataOf: async (key: string): Promise<Metadata> => {
      const record = await load(key)
      return record ? describe(record) : NOT_FOUND_METADATA
    },
  }
}
