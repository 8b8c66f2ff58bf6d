import { launchChromium } from '@oneheart/chromium'
import type { Payload } from 'payload'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { testPayload, unique } from '../support/payload.ts'

const apps = inject('apps')
// Records are written through Payload's Local API on the test database; its hooks tell the
// running site to drop its cached pages (WEB_URL), as a save in the CMS would.
Object.assign(process.env, inject('testEnv'), { WEB_URL: apps.web })

type Fixture = Awaited<ReturnType<typeof createFixture>>

const idOf = async (payload: Payload, collection: 'districts' | 'councils', slug: string) => {
  const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`the seed has no ${collection} ${slug}`)
  return docs[0].id
}

/** A small issue of our own: a meeting summary, a visit, an event announcement and an activity report, each with a marker in its lead. */
async function createFixture(payload: Payload) {
  const tag = unique('paper')
  const published = { _status: 'published' as const }
  const [yawata, orui, chuo, kita] = await Promise.all([
    idOf(payload, 'districts', 'yawata'),
    idOf(payload, 'districts', 'orui'),
    idOf(payload, 'councils', 'chuo-minami-jonan'),
    idOf(payload, 'councils', 'kita-higashi-nishi'),
  ])
  // Two activities of one name in two districts.
  const sameName = `ひだまりの庭${tag.slice(-4)}`
  const [hostYawata, hostOrui] = await Promise.all(
    [
      ['yawata', yawata],
      ['orui', orui],
    ].map(([key, district]) =>
      payload.create({
        collection: 'activities',
        data: { name: sameName, slug: `${tag}-${key}`, kind: 'gathering-place', status: 'active', district: district as number, ...published },
      }),
    ),
  )
  // Held earlier in the month, but printed after the residents' meeting.
  const promotion = await payload.create({
    collection: 'meetings',
    data: {
      title: '6月 事業推進会議',
      heldOn: '2027-06-03',
      kind: 'project-promotion',
      ...published,
      items: [
        { topic: `紹介チラシの見直し${tag}`, group: 'planning', outcome: '秋の会議で見直す' },
        { topic: `地区ごとの一覧づくり${tag}`, group: 'awareness' },
      ],
    },
  })
  const planning = await payload.create({
    collection: 'meetings',
    data: {
      title: '6月 住民企画会議',
      heldOn: '2027-06-24',
      kind: 'residents-planning',
      ...published,
      items: [{ topic: `夏号の中身${tag}`, outcome: '居場所を二つ紹介する\n→ 写真には説明をつける' }, { topic: `次回の日程${tag}` }],
    },
  })
  const eventTitle = `小規模情報交換会${tag}`
  const session = (number: number, date: string, councils: number[]) => ({
    number,
    date,
    startTime: '13:30',
    endTime: '15:00',
    venue: `八幡公民館${number}`,
    invitedCouncils: councils,
  })
  const event = await payload.create({
    collection: 'events',
    data: {
      title: eventTitle,
      purpose: '・顔の見える関係をつくる\n・活動のヒントを持ち帰る',
      theme: '居場所づくりの工夫',
      capacity: 6,
      capacityScope: 'per-council',
      ...published,
      sessions: [session(1, '2027-09-01', [chuo, kita]), session(2, '2027-09-15', [kita])],
    },
  })
  // Another event of the same title, a year on.
  const laterEvent = await payload.create({ collection: 'events', data: { title: eventTitle, ...published, sessions: [session(1, '2028-02-02', [chuo])] } })
  const number = 8000 + Math.floor(Math.random() * 1900)
  const issue = await payload.create({ collection: 'issues', data: { number, title: `第${number}号（表示の確認）`, issuedOn: '2027-07-01', ...published } })
  const article = (position: number, data: Record<string, unknown>) =>
    payload.create({
      collection: 'articles',
      data: {
        issue: issue.id,
        position,
        publishedAt: '2027-07-01',
        slug: `${tag}-${position}`,
        lead: `本文${position}の${tag}`,
        ...published,
        ...data,
      } as never,
    })
  const meetingsArticle = await article(1, { title: `話し合いから${tag}`, kind: 'meeting-summary', meetings: [promotion.id, planning.id] })
  const visitArticle = await article(2, {
    title: `視察を受け入れました${tag}`,
    kind: 'visit',
    districts: [yawata],
    activities: [hostYawata!.id],
    visit: { visitors: 'となり町の第2層協議体のみなさん', headcount: 11, visitedOn: '2027-05-20' },
  })
  const eventArticle = await article(3, { title: `交換会のお知らせ${tag}`, kind: 'event-announcement', events: [event.id] })
  const reportArticle = await article(4, { title: `大類の庭のいま${tag}`, kind: 'activity-report', districts: [orui], activities: [hostOrui!.id] })
  return {
    tag,
    number,
    sameName,
    hostYawata: hostYawata!,
    hostOrui: hostOrui!,
    eventTitle,
    event,
    laterEvent,
    meetingsArticle,
    visitArticle,
    eventArticle,
    reportArticle,
  }
}

/** What the paper shows, on the site, read without JavaScript on a phone. */
describe('the site shows what the paper shows', () => {
  let browser: Browser
  let context: BrowserContext
  let fixture: Fixture
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
    fixture = await createFixture(payload)
    browser = await launchChromium()
    context = await browser.newContext({ javaScriptEnabled: false, locale: 'ja-JP', viewport: { width: 390, height: 844 } })
  })

  afterAll(async () => {
    await browser?.close()
  })

  const open = async (path: string): Promise<Page> => {
    const page = await context.newPage()
    const response = await page.goto(`${apps.web}${path}`)
    expect(response?.status(), path).toBe(200)
    return page
  }

  /** The meetings of 令和9年6月 as shown under `scope`: headings, items and their → lines. */
  async function juneMeetings(page: Page, scope: string) {
    const month = page.locator(`${scope} .meeting-month`, { has: page.locator('.meeting-month__heading', { hasText: '令和9年6月' }) })
    const meetings = month.locator('.meeting-summary')
    return {
      headings: await meetings.locator('.meeting-summary__heading').allTextContents(),
      items: await meetings
        .first()
        .locator('.meeting-summary__items > li')
        .evaluateAll((items) =>
          items.map((item) => ({
            text: item.textContent ?? '',
            outcomes: [...item.querySelectorAll('.meeting-summary__outcome')].map((line) => line.textContent),
          })),
        ),
      groups: await meetings.nth(1).locator('.meeting-summary__group').allTextContents(),
    }
  }

  function expectPaperOrder(june: Awaited<ReturnType<typeof juneMeetings>>) {
    expect(june.headings.map((heading) => heading.replace(/（.*$/, ''))).toEqual(['住民企画会議', '事業推進会議'])
    expect(june.items[0]?.text).toMatch(new RegExp(`^①夏号の中身${fixture.tag}`))
    expect(june.items[0]?.outcomes).toEqual(['→ 居場所を二つ紹介する', '→ 写真には説明をつける'])
    expect(june.items[1]?.text).toMatch(/^②次回の日程/)
    expect(june.items[1]?.outcomes).toEqual([])
    expect(june.groups).toEqual(['普及啓発', '企画推進'])
  }

  it('shows a meeting summary in the paper order: 住民企画会議 first, ①②, one → line per outcome line, groups apart', async () => {
    const page = await open(`/articles/${fixture.meetingsArticle.slug}`)
    expectPaperOrder(await juneMeetings(page, 'article'))
    await page.close()
  })

  it('shows the first-layer council its meetings in the same order', async () => {
    const page = await context.newPage()
    // The council page was perhaps cached before the meetings existed: wait for the refresh.
    await expect
      .poll(
        async () => {
          await page.goto(`${apps.web}/councils/city`)
          return page.locator('.meeting-summary__heading', { hasText: '住民企画会議' }).filter({ hasText: '令和9年6月24日' }).count()
        },
        { timeout: 5_000, interval: 250 },
      )
      .toBe(1)
    expectPaperOrder(await juneMeetings(page, 'main'))
    await page.close()
  })

  it('shows a visit with its group, headcount, date, the host activity and the district label', async () => {
    const page = await open(`/articles/${fixture.visitArticle.slug}`)
    expect(await page.locator('.district-label').textContent()).toBe('八幡地区')
    const facts = await page.locator('.visit-facts').innerText()
    expect(facts).toContain('となり町の第2層協議体のみなさん')
    expect(facts).toContain('11名')
    expect(facts).toContain('令和9年5月20日(木)')
    const host = page.locator('.visit-facts a')
    expect(await host.getAttribute('href')).toBe(`/activities/${fixture.hostYawata.slug}`)
    expect(await page.locator('.visit-facts dd', { has: page.locator('a') }).textContent()).toBe(`${fixture.sameName}（八幡地区）`)
    // The related links name the district too, so the namesake in 大類 is not confused with it.
    expect(await page.locator('#related ~ ul li', { hasText: '活動' }).textContent()).toBe(`活動：${fixture.sameName}（八幡地区）`)
    await page.close()
  })

  it('shows an announced event inline: purpose lines, theme, capacity and every session with weekday, time, venue and councils', async () => {
    const page = await open(`/articles/${fixture.eventArticle.slug}`)
    const event = page.locator('.event-details')
    expect(await event.locator('h2').textContent()).toBe(`${fixture.eventTitle}（令和9年9月1日(水)から）`)
    expect(await event.locator('.plain-lines li').allTextContents()).toEqual(['顔の見える関係をつくる', '活動のヒントを持ち帰る'])
    expect(await event.innerText()).toContain('居場所づくりの工夫')
    expect(await event.innerText()).toContain('各協議体 6名まで')
    const sessions = event.locator('.session')
    expect(await sessions.locator('h3').allTextContents()).toEqual(['第1回', '第2回'])
    const first = await sessions.first().innerText()
    for (const text of ['令和9年9月1日(水)', '13:30〜15:00', '八幡公民館1', '（2協議体）']) expect(first).toContain(text)
    // One chip per council: 中央・南・城南 is one name.
    expect(await sessions.first().locator('.council-list__item').allTextContents()).toEqual(['中央・南・城南', '北・東・西'])
    expect(await sessions.nth(1).innerText()).toContain('令和9年9月15日(水)')
    await page.close()
  })

  it('reads an issue like the paper: contents, every article with its text in order, the request box, the publisher', async () => {
    const page = await open(`/issues/${fixture.number}`)
    const text = await page.locator('main').innerText()
    const leads = [1, 2, 3, 4].map((position) => text.indexOf(`本文${position}の${fixture.tag}`))
    expect(leads.every((at) => at > 0)).toBe(true)
    expect([...leads].sort((a, b) => a - b)).toEqual(leads)
    expect(await page.locator('nav.contents a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
      [1, 2, 3, 4].map((position) => `#article-${fixture.tag}-${position}`),
    )
    // Each article's content, not only its title: the meeting items, the visit, the event's sessions.
    expect(text).toContain(`①夏号の中身${fixture.tag}`)
    expect(text).toContain('11名')
    expect(await page.locator('.event-details .session').count()).toBe(2)
    const settings = await payload.findGlobal({ slug: 'newsletter', depth: 0 })
    expect(settings.requestBox).toBeTruthy()
    expect(await page.locator('.request-box').innerText()).toContain(settings.requestBox!.slice(0, 20))
    expect(text.indexOf(settings.requestBox!.slice(0, 20))).toBeGreaterThan(leads[3]!)
    const footer = await page.locator('footer.site-footer').innerText()
    expect(footer).toContain(`発行：${settings.publisher!.name}`)
    expect(footer).toContain(settings.publisher!.phone!)
    expect(await page.locator(`footer.site-footer a[href="${settings.publisher!.cityPageUrl}"]`).count()).toBe(1)
    await page.close()
  })

  it('tells two events of one title apart by their first date, on the events page', async () => {
    const page = await context.newPage()
    const headings = () => page.locator('main h2', { hasText: fixture.eventTitle })
    await expect
      .poll(
        async () => {
          await page.goto(`${apps.web}/events`)
          return headings().count()
        },
        { timeout: 5_000, interval: 250 },
      )
      .toBe(2)
    expect((await headings().allTextContents()).sort()).toEqual([
      `${fixture.eventTitle}（令和10年2月2日(水)から）`,
      `${fixture.eventTitle}（令和9年9月1日(水)から）`,
    ])
    await page.close()
  })

  it('lists on an activity page only the articles that link it, not those of a namesake', async () => {
    for (const [activity, own, other] of [
      [fixture.hostYawata, fixture.visitArticle, fixture.reportArticle],
      [fixture.hostOrui, fixture.reportArticle, fixture.visitArticle],
    ] as const) {
      const page = await open(`/activities/${activity.slug}`)
      const links = await page
        .locator('section[aria-labelledby="mentions"] a[href^="/articles/"]')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')))
      expect(links).toEqual([`/articles/${own.slug}`])
      expect(links).not.toContain(`/articles/${other.slug}`)
      await page.close()
    }
  })

  it('names the district beside each of two same-named activities in the directory', async () => {
    const page = await context.newPage()
    const ours = async () => {
      await page.goto(`${apps.web}/activities?kind=gathering-place`)
      const mine = () => page.locator('.section-list li', { hasText: fixture.sameName }).allInnerTexts()
      let items = await mine()
      // The directory lists 30 at a time, oldest first: follow the pages to ours.
      while (items.length < 2 && (await page.locator('a[rel="next"]').count())) {
        await page.locator('a[rel="next"]').click()
        items = [...items, ...(await mine())]
      }
      return items.map((item) => item.split('\n')[0]).sort()
    }
    // The first page is read through the site's cache, refreshed after the activities were saved.
    await expect.poll(ours, { timeout: 5_000, interval: 250 }).toEqual([`${fixture.sameName}（八幡地区）`, `${fixture.sameName}（大類地区）`].sort())
    await page.close()
  })
})

describe('same-named activities in search results', () => {
  it('names the district beside each', async () => {
    const browser = await launchChromium()
    const page = await browser.newPage()
    const payload = await testPayload()
    const tag = unique('found')
    const name = `ほっとサロン${tag.slice(-5)}`
    for (const slug of ['yawata', 'orui']) {
      const district = (await payload.find({ collection: 'districts', where: { slug: { equals: slug } }, limit: 1, depth: 0 })).docs[0]!.id
      await payload.create({
        collection: 'activities',
        data: { name, slug: `${tag}-${slug}`, kind: 'salon', status: 'active', district, _status: 'published' },
      })
    }
    await page.goto(`${apps.web}/search?q=${encodeURIComponent(name)}&type=activity`)
    const titles = await page.locator('.results__title').allInnerTexts()
    expect(titles.sort()).toEqual([`${name}（八幡地区）`, `${name}（大類地区）`].sort())
    await browser.close()
  })
})

/** A phone's first screen (390 × 844) shows the page, not only the site's header. */
describe('the first screen on a phone', () => {
  let browser: Browser
  let context: BrowserContext

  beforeAll(async () => {
    browser = await launchChromium()
    context = await browser.newContext({ javaScriptEnabled: false, locale: 'ja-JP', viewport: { width: 390, height: 844 } })
  })

  afterAll(async () => {
    await browser?.close()
  })

  it.each(['/', '/issues/4', '/articles/no1-nobuko-chanchi', '/activities', '/councils/yawata', '/events', '/search?q=%E5%B1%85%E5%A0%B4%E6%89%80'])(
    '%s shows its heading high on the first screen and the start of its content below it',
    async (path) => {
      const page = await context.newPage()
      await page.goto(`${apps.web}${path}`)
      const heading = await page.locator('main h1').boundingBox()
      expect(heading).not.toBeNull()
      // Before, the header alone took about 550 px of the 844.
      expect(heading!.y).toBeLessThan(844 / 3)
      expect(heading!.y + heading!.height).toBeLessThan(844)
      const next = await page.locator('main h1 + *').first().boundingBox()
      expect(next!.y).toBeLessThan(844 - 40)
      await page.close()
    },
  )

  it('folds the reading settings behind one control that opens without JavaScript', async () => {
    const page = await context.newPage()
    await page.goto(`${apps.web}/issues`)
    const larger = page.getByRole('link', { name: 'もっと大きく' })
    expect(await larger.isVisible()).toBe(false)
    await page.locator('details.reader-settings > summary').click()
    expect(await larger.isVisible()).toBe(true)
    await larger.click()
    await page.waitForURL(`${apps.web}/issues`)
    expect(await page.getAttribute('html', 'class')).toContain('text-larger')
    await page.close()
  })

  it('has one search box on the search page', async () => {
    const page = await context.newPage()
    await page.goto(`${apps.web}/search?q=%E5%B1%85%E5%A0%B4%E6%89%80`)
    expect(await page.locator('form[role="search"]').count()).toBe(1)
    await page.goto(`${apps.web}/issues`)
    expect(await page.locator('form[role="search"]').count()).toBe(1)
    await page.close()
  })
})
