/** The mark of an issue imported from the PDF of a paper issue: words, so it reads aloud too. */
export function BackIssueMark() {
  return <span className="back-issue-mark">過去の号</span>
}
