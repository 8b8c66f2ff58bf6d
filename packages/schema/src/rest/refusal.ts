/** A refusal in the shape Payload's REST API answers with, so clients read one error format. */
export function restRefusal(status: number, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } })
}

export const REST_MESSAGES = {
  notFound: 'お探しのものは見つかりません。',
  nul: '使えない文字（NUL）が含まれています。',
  mediaType: 'この形式の本文は受け付けません。application/json か multipart/form-data で送ってください。',
  badJson: '本文を JSON として読み取れません。',
  badForm: 'フォームの本文を読み取れません。',
  notObject: '本文は JSON のオブジェクト（{ … }）で送ってください。',
  tooLarge: '本文が大きすぎます。',
  badValue: '入力された値を読み取れません。数や日付、ID の形を確かめてください。',
  missingFile: 'ファイルが見つかりません。',
  badToken: 'ログインのトークン（Authorization: JWT …）が正しくないか、期限が切れています。ログインし直してください。',
  internal: 'サーバーで問題が起きました。時間をおいてもう一度お試しください。',
} as const
