export { type ChecklistItem, type DraftRecord, type IssueChecklist, issueChecklist, publishLabel } from './issueChecklist.ts'
export { addMonths, createNextIssue, type NextIssueProposal, proposeNextIssue } from './nextIssue.ts'
export { type PrintPageCount, printPageCount, printPreviewUrl } from './printPages.ts'
