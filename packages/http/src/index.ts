export { requestOrigin, sameOriginAddress, servedOverHttps } from './origin.ts'
