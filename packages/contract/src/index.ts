/** The public contract: what the API accepts and returns, and how people's typing is read. */
export * from './shapes/index.ts'
export * from './options.ts'
export { label } from './labels.ts'
export * from './time.ts'
export * from './input/index.ts'
export { STORY_PARTS, type StoryPartName } from './storyParts.ts'
export { isSafeHref, linkUrlOf, unsafeLinksIn, withoutUnsafeLinks } from './safeHref.ts'
