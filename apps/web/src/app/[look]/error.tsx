'use client'

/** Shown when a page fails on the server: plain words and a way on, never details. */
export default function ErrorPage({ reset }: { reset: () => void }) {
  return (
    <>
      <h1>ただいま表示できません</h1>
      <p>申し訳ありません。ページを表示できませんでした。少し時間をおいて、もう一度お試しください。</p>
      <p>
        <button type="button" onClick={reset}>
          もう一度読み込む
        </button>
      </p>
      <p>
        <a href="/">ホームにもどる</a>
      </p>
    </>
  )
}
