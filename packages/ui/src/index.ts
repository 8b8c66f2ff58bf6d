export { formatEraDate, fiscalYearOf } from './dates.ts'
export { EraDate } from './EraDate.tsx'
export { ArticleParts } from './ArticleParts.tsx'
export { RichText } from './RichText.tsx'
