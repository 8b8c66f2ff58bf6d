export { inlineScriptHashes, withScriptHashes } from './inlineScripts.ts'
export { requestOrigin, sameOriginAddress, servedOverHttps } from './origin.ts'
export {
  API_CONTENT_SECURITY_POLICY,
  adminContentSecurityPolicy,
  COMMON_HEADERS,
  type HeaderList,
  HSTS_HEADER,
  NOT_FRAMEABLE,
  nextHeaderRules,
  nextHeaders,
  originOf,
  printContentSecurityPolicy,
  siteContentSecurityPolicy,
} from './securityHeaders.ts'
