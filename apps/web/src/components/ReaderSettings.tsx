import { CONTRASTS, FURIGANA, type ReaderPreferences, type Setting, TEXT_SIZES } from '~/lib/preferences'

/**
 * Text size, contrast and furigana, folded behind one control (<details>, so it opens without
 * JavaScript and keeps a phone's first screen for the page). Each choice is a link that
 * remembers it and comes back to this page (by its Referer).
 */
export function ReaderSettings({ size, contrast, furigana }: ReaderPreferences) {
  const groups: Array<{ key: Setting; label: string; choices: Record<string, string>; current: string }> = [
    { key: 'size', label: '文字の大きさ', choices: TEXT_SIZES, current: size },
    { key: 'contrast', label: '色', choices: CONTRASTS, current: contrast },
    { key: 'furigana', label: 'ふりがな', choices: FURIGANA, current: furigana },
  ]
  return (
    <details className="reader-settings">
      <summary>文字・色</summary>
      <nav aria-label="文字の大きさと色" className="reader-settings__panel">
        {groups.map((group) => (
          <div key={group.key} className="reader-settings__group">
            <span className="reader-settings__label">{group.label}</span>
            <ul>
              {Object.entries(group.choices).map(([value, text]) => (
                <li key={value}>
                  <a href={`/settings?${new URLSearchParams({ [group.key]: value })}`} aria-current={value === group.current ? 'true' : undefined}>
                    {text}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
    </details>
  )
}
