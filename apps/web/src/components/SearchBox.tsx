import { SearchSuggest } from './SearchSuggest'

/** The site's search: a GET form to /search, so it works without JavaScript and the URL can be shared. */
export function SearchBox({ id, defaultValue = '', large = false }: { id: string; defaultValue?: string; large?: boolean }) {
  const inputId = `${id}-q`
  return (
    // biome-ignore lint/a11y/useSemanticElements: a form with role=search reaches every screen reader; the <search> element is too new for older phones
    <form action="/search" method="get" role="search" className={large ? 'search-box search-box--large' : 'search-box'}>
      <label htmlFor={inputId}>サイト内をさがす</label>
      <div className="search-box__row">
        <input id={inputId} name="q" type="search" defaultValue={defaultValue} maxLength={100} autoComplete="off" enterKeyHint="search" />
        <button type="submit">さがす</button>
      </div>
      <SearchSuggest listId={`${id}-suggestions`} />
    </form>
  )
}
