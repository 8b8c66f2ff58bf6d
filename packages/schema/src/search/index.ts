export { SEARCH_COLLECTIONS } from './documents.ts'
export { searchExecutor } from './executor.ts'
export { richTextToPlain } from './plainText.ts'
export { ensureSearchIndex, type ReindexProgress, reindexAll, searchEntries, syncSearchEntry } from './sync.ts'
