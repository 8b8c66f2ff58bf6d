const ERA_MONTH = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', timeZone: 'UTC' })
const ERA_DAY = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })

/** 2025-08 → 令和7年8月, 2019-05-01 → 令和元年5月1日: how the paper and its readers say dates. */
export function eraDate(value: string): string {
  const [year, month, day] = value.split('-').map(Number)
  const date = new Date(Date.UTC(year!, month! - 1, day ?? 1))
  return (day ? ERA_DAY : ERA_MONTH).format(date).replace(/(\D)1年/u, '$1元年')
}
