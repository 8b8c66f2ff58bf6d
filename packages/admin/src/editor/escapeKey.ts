/**
 * Esc closes only the innermost thing that is open. Payload's drawers close on any Esc that
 * reaches the document (its modal library listens there by keyCode), so an Esc meant for a
 * select's list or the date picker also closed the whole editing drawer, losing the place.
 */

// Open popups that handle Esc themselves: react-select's list, the date picker, Payload's popup menus.
const INNER_POPUP = '.rs__menu, .react-datepicker-popper, .react-datepicker__tab-loop, .popup--active, .popup__content--active'

/** The drawers that are open, innermost last. */
const openDrawers = () => [...document.querySelectorAll<HTMLElement>('.drawer--is-open, [class*="drawer--is-open"]')]

/** Hides this Esc from the modal library (it reads keyCode) while the popup's own handler (by key) still sees it. */
function hideFromDrawer(event: KeyboardEvent) {
  Object.defineProperty(event, 'keyCode', { value: 0 })
  Object.defineProperty(event, 'which', { value: 0 })
}

function onKeyDown(event: KeyboardEvent) {
  if (event.key !== 'Escape') return
  const focused = document.activeElement
  const popupOpen = document.querySelector(INNER_POPUP) !== null || focused?.getAttribute('aria-expanded') === 'true'
  if (popupOpen) return hideFromDrawer(event)
  const drawer = openDrawers().at(-1)
  if (drawer?.dataset.edited === 'true' && !window.confirm('このウィンドウで入力した内容は、まだ保存されていないかもしれません。閉じてよいですか？'))
    hideFromDrawer(event)
}

/** A drawer where something was typed asks before Esc closes it. */
function onInput(event: Event) {
  const drawer = (event.target as Element | null)?.closest?.<HTMLElement>('.drawer')
  if (drawer) drawer.dataset.edited = 'true'
}

export function guardEscapeKey(): () => void {
  // Capture on window: runs before any listener on the document, the modal library's included.
  window.addEventListener('keydown', onKeyDown, true)
  document.addEventListener('input', onInput, true)
  return () => {
    window.removeEventListener('keydown', onKeyDown, true)
    document.removeEventListener('input', onInput, true)
  }
}
