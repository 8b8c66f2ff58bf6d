export { normalizeText } from './normalize.ts'
export { indexTerms, queryTerms } from './tokens.ts'
export { parseQuery, type ParsedQuery } from './query.ts'
