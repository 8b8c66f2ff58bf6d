import { japanDay, type PublicMedia, type PublicRef } from '@oneheart/contract'
import type { Media } from '@oneheart/schema'

/** Converters from Payload documents (read at depth 1) to the public shapes. */

/** The Japan-time day of an instant (publishedAt, updatedAt). */
export function dayOrNull(value: string | null | undefined): string | null {
  return value ? japanDay(value) : null
}

export function mediaOf(value: number | Media | null | undefined): PublicMedia | null {
  if (!value || typeof value !== 'object' || !value.url) return null
  return { url: value.url, alt: value.alt, width: value.width ?? null, height: value.height ?? null }
}

type Named = { id: number; slug?: string | null; name?: string | null; title?: string | null }

export function refOf(value: number | Named | null | undefined): PublicRef | null {
  if (!value || typeof value !== 'object') return null
  return { id: value.id, slug: value.slug ?? String(value.id), name: value.name ?? value.title ?? '' }
}

export function refsOf(values: (number | Named)[] | null | undefined): PublicRef[] {
  return (values ?? []).map(refOf).filter((ref): ref is PublicRef => ref !== null)
}

/** What a populated media relation needs, no more. */
// The URL is computed from the filename, so the filename must be read too.
export const mediaPopulate = { media: { url: true, filename: true, alt: true, width: true, height: true } } as const
/** What a populated named relation needs, no more. */
export const refPopulate = {
  councils: { slug: true, name: true },
  districts: { slug: true, name: true },
  activities: { slug: true, name: true },
  events: { slug: true, title: true },
  meetings: { title: true },
} as const
