/** Every item of a cursor-paged procedure, page after page. */
export async function allPages<T>(page: (cursor: number | null) => Promise<{ items: T[]; nextCursor: number | null }>): Promise<T[]> {
  const items: T[] = []
  let cursor: number | null = null
  do {
    const next: { items: T[]; nextCursor: number | null } = await page(cursor)
    items.push(...next.items)
    cursor = next.nextCursor
  } while (cursor !== null)
  return items
}
