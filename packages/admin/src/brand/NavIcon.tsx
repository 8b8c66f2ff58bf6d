/** The small mark at the top of every admin page: a heart, for ワンハート, with its name for screen readers. */
export function NavIcon() {
  return (
    <svg width="25" height="25" viewBox="0 0 24 24" role="img" aria-label="めざせ！ワンハート 管理画面">
      <path
        fill="currentColor"
        d="M12 21s-7.5-4.6-9.6-9.3C.9 8.3 3 4.5 6.6 4.5c2.1 0 3.5 1.2 4.2 2.4l1.2 1.8 1.2-1.8c.7-1.2 2.1-2.4 4.2-2.4 3.6 0 5.7 3.8 4.2 7.2C19.5 16.4 12 21 12 21z"
      />
    </svg>
  )
}
