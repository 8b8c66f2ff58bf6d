import { CONTRASTS, FURIGANA, TEXT_SIZES, type Contrast, type Furigana, type ReaderPreferences, type TextSize } from '../lib/preferences'

/** Text size, contrast and furigana, as links: each remembers the choice and comes back to this page. */
export function ReaderSettings({ size, contrast, furigana, path }: ReaderPreferences & { path: string }) {
  const href = (key: 'size' | 'contrast' | 'furigana', value: string) => `/settings?${new URLSearchParams({ [key]: value, back: path })}`
  return (
    <nav aria-label="文字の大きさと色" className="reader-settings">
      <span className="reader-settings__label">文字の大きさ</span>
      <ul>
        {(Object.keys(TEXT_SIZES) as TextSize[]).map((key) => (
          <li key={key}>
            <a href={href('size', key)} aria-current={key === size ? 'true' : undefined}>{TEXT_SIZES[key]}</a>
          </li>
        ))}
      </ul>
      <span className="reader-settings__label">色</span>
      <ul>
        {(Object.keys(CONTRASTS) as Contrast[]).map((key) => (
          <li key={key}>
            <a href={href('contrast', key)} aria-current={key === contrast ? 'true' : undefined}>{CONTRASTS[key]}</a>
          </li>
        ))}
      </ul>
      <span className="reader-settings__label">ふりがな</span>
      <ul>
        {(Object.keys(FURIGANA) as Furigana[]).map((key) => (
          <li key={key}>
            <a href={href('furigana', key)} aria-current={key === furigana ? 'true' : undefined}>{FURIGANA[key]}</a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
