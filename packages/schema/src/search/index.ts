export { syncSearchEntry, reindexAll, ensureSearchIndex, searchEntries, type ReindexProgress } from './sync.ts'
export { searchExecutor } from './executor.ts'
export { SEARCH_COLLECTIONS } from './documents.ts'
export { richTextToPlain } from './plainText.ts'
