import { CONTRASTS, FURIGANA, TEXT_SIZES, type ReaderPreferences, type Setting } from '../lib/preferences'

/** Text size, contrast and furigana, as links: each remembers the choice and comes back to this page (by its Referer). */
export function ReaderSettings({ size, contrast, furigana }: ReaderPreferences) {
  const groups: Array<{ key: Setting; label: string; choices: Record<string, string>; current: string }> = [
    { key: 'size', label: '文字の大きさ', choices: TEXT_SIZES, current: size },
    { key: 'contrast', label: '色', choices: CONTRASTS, current: contrast },
    { key: 'furigana', label: 'ふりがな', choices: FURIGANA, current: furigana },
  ]
  return (
    <nav aria-label="文字の大きさと色" className="reader-settings">
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
  )
}
