/** The three signed tokens One Heart issues, all HMACs of the shared PAYLOAD_SECRET. */
export { apiKeyMatches, deriveApiKey, newKeySalt, parseApiKey } from './apiKeys.ts'
export { checkPreviewToken, PREVIEW_REFUSALS, type PreviewSubject, type PreviewTokenCheck, previewToken } from './preview.ts'
export { carriesRevalidationToken, revalidationToken } from './revalidation.ts'
