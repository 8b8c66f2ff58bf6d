/**
 * Payload's admin leaves a few accessibility gaps that axe reports on every edit screen: icon
 * buttons without names, labels printed as "[object Object]" or in English, react-select's
 * hidden-but-focusable indicators and unlabelled inputs, drag handles without names. These
 * repairs give each a Japanese name from what is on screen. They only add or correct
 * attributes; nothing is removed from the page and no behaviour changes.
 */

type Repair = { selector: string; apply: (element: HTMLElement) => void }

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? ''

/** The visible label of the field an element belongs to. */
function fieldLabel(element: Element): string {
  const field = element.closest('.field-type, [class*="field-type"], .react-select-container, .sort-column, .card, th')
  return text(field?.querySelector('label, .field-label, .sort-column__label, .card__title, h3'))
}

const name = (element: HTMLElement, label: string) => {
  if (label && element.getAttribute('aria-label') !== label) element.setAttribute('aria-label', label)
}

const REPAIRS: Repair[] = [
  // The "＋" beside a relationship: its own tooltip says what it adds (号 を新規追加).
  {
    selector: '.relationship-add-new__add-button',
    apply: (element) => name(element, text(element.querySelector('.tooltip-content')).replace(/\s+を/, 'を') || '新しくつくる'),
  },
  // Labels Payload built from a label object ({ ja, en }) instead of its text.
  {
    selector: '[aria-label*="[object Object]"]',
    apply: (element) =>
      name(
        element,
        element
          .getAttribute('aria-label')!
          .replace('[object Object]', fieldLabel(element) || 'この項目')
          .replace(/\s+を/, 'を'),
      ),
  },
  {
    selector: '[title*="[object Object]"]',
    apply: (element) => element.setAttribute('title', element.getAttribute('title')!.replace('[object Object]', fieldLabel(element) || text(element))),
  },
  { selector: '[aria-label^="Edit "]', apply: (element) => name(element, `${element.getAttribute('aria-label')!.slice(5)}を編集`) },
  { selector: 'section[aria-label^="Notifications"]', apply: (element) => name(element, 'お知らせ') },
  // Icon-only buttons.
  { selector: '.doc-controls__popup .popup-button, .popup-button--size-medium:not([aria-label])', apply: (element) => name(element, 'その他の操作') },
  { selector: '.clipboard-action__popup .popup-button', apply: (element) => name(element, 'コピー・貼り付け') },
  {
    selector: '.array-actions__button, .blocks-field__header-action .popup-button, .array-actions .popup-button',
    apply: (element) => name(element, 'この行の操作'),
  },
  { selector: '.upload-relationship-details__edit', apply: (element) => name(element, 'ファイルの情報を編集') },
  { selector: '.upload-relationship-details__remove, .file-details__remove', apply: (element) => name(element, 'ファイルを外す') },
  { selector: '.copy-to-clipboard', apply: (element) => name(element, 'クリップボードにコピー') },
  { selector: '.drawer-link__doc-drawer-toggler', apply: (element) => name(element, `「${text(element.closest('td, .drawer-link')) || '記録'}」を開く`) },
  { selector: '.collapsible__drag', apply: (element) => name(element, 'ドラッグして並べ替え') },
  { selector: '.popup-button:not([aria-label])', apply: (element) => name(element, text(element) || 'メニューを開く') },
  // react-select: indicators are mouse targets only; the input is named by its field.
  {
    selector: '[aria-hidden="true"].dropdown-indicator, [aria-hidden="true"].clear-indicator',
    apply: (element) => element.getAttribute('tabindex') !== '-1' && element.setAttribute('tabindex', '-1'),
  },
  {
    selector: 'input[id^="react-select-"]:not([aria-label]), .react-datepicker__input-container input:not([aria-label])',
    apply: (element) => name(element, fieldLabel(element) || '選ぶ'),
  },
  { selector: '.rs__multi-value[role="button"]', apply: (element) => element.removeAttribute('role') },
  // A tab whose name hides its count ("バージョン 3" read as "バージョン").
  { selector: '.doc-tab[aria-label], a[aria-label="バージョン"]', apply: (element) => element.removeAttribute('aria-label') },
  { selector: '.list-create-new-doc__create-new-button[aria-label]', apply: (element) => element.removeAttribute('aria-label') },
  // The tab row is a <ul> of links and buttons, not of list items: no list semantics.
  { selector: 'ul.doc-tabs__tabs:not([role="none"])', apply: (element) => element.setAttribute('role', 'none') },
  { selector: '.date-time-picker__clear-button', apply: (element) => name(element, `${fieldLabel(element) || '日付'}を消す`) },
  { selector: '.clickable-arrow--left', apply: (element) => name(element, '前へ') },
  { selector: '.clickable-arrow--right', apply: (element) => name(element, '次へ') },
  {
    selector: 'input[type="checkbox"][aria-label=""], table input[type="checkbox"]:not([aria-label])',
    apply: (element) =>
      name(element, element.closest('thead') ? 'すべての行を選ぶ' : `「${text(element.closest('tr')?.querySelector('td:nth-child(2)'))}」を選ぶ`),
  },
  // The live preview pane: the frame and its width and height boxes.
  { selector: '#live-preview-iframe:not([title])', apply: (element) => element.setAttribute('title', '読者サイトでの見え方（下書き）') },
  {
    selector: '.live-preview-toolbar-controls__device-size input',
    apply: (element) =>
      name(
        element,
        element.closest('.live-preview-toolbar-controls__device-size')?.querySelector('input') === element ? 'プレビューの幅（px）' : 'プレビューの高さ（px）',
      ),
  },
  { selector: '.live-preview-toolbar-controls__external:not([aria-label])', apply: (element) => name(element, 'プレビューを新しいウィンドウで開く') },
  // Payload appends an English "Responsive" size to the live preview's sizes.
  { selector: '[aria-label="Responsive"]', apply: (element) => name(element, '画面の幅に合わせる') },
]

/** Visible English Payload leaves in its Japanese screens, by the words to show instead. */
const VISIBLE_WORDS: Record<string, string> = { Responsive: '画面の幅に合わせる' }

function replaceVisibleWords(root: ParentNode) {
  for (const element of root.querySelectorAll<HTMLElement>('[class*="live-preview"] *, [class*="popup"] *, .rs__single-value, .rs__option')) {
    for (const node of element.childNodes) {
      const replacement = node.nodeType === Node.TEXT_NODE ? VISIBLE_WORDS[node.textContent?.trim() ?? ''] : undefined
      if (replacement) node.textContent = replacement
    }
  }
}

export function repairAccessibility(root: ParentNode) {
  for (const repair of REPAIRS) for (const element of root.querySelectorAll<HTMLElement>(repair.selector)) repair.apply(element)
  replaceVisibleWords(root)
}
