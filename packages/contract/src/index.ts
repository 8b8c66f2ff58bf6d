/** The public contract: what the API accepts and returns, and how people's typing is read. */

export * from './input/index.ts'
export { label } from './labels.ts'
export * from './options.ts'
export { isSafeHref, linkUrlOf, unsafeLinksIn, withoutUnsafeLinks } from './safeHref.ts'
export * from './shapes/index.ts'
export { STORY_PARTS, type StoryPartName } from './storyParts.ts'
export * from './time.ts'
