export { inlineScriptHashes, withScriptHashes } from './inlineScripts.ts'
export { requestOrigin, sameOriginAddress, servedOverHttps } from './origin.ts'
export {
  adminContentSecurityPolicy,
  API_CONTENT_SECURITY_POLICY,
  COMMON_HEADERS,
  HSTS_HEADER,
  nextHeaderRules,
  nextHeaders,
  NOT_FRAMEABLE,
  originOf,
  printContentSecurityPolicy,
  siteContentSecurityPolicy,
  type HeaderList,
} from './securityHeaders.ts'
