/**
 * The most calls one HTTP request may batch; beyond this the request is refused before any
 * runs. Shared with the client, which splits its batches to fit.
 */
export const MAX_BATCH_SIZE = 10
