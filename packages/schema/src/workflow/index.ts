export { issueChecklist, publishLabel, type IssueChecklist, type ChecklistItem, type DraftRecord } from './issueChecklist.ts'
export { proposeNextIssue, createNextIssue, addMonths, type NextIssueProposal } from './nextIssue.ts'
export { printPageCount, printPreviewUrl, type PrintPageCount } from './printPages.ts'
