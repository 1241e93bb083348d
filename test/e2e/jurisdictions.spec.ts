import type { Page } from '@playwright/test'
import { expect, html, ran, test } from './support/fixtures'
import { startReceiver } from './support/receiver'
import type { TestServer } from './support/server'

// One tag for three markets (SPEC 3.5, 3.6): the jurisdiction comes from the meta tag a server or
// CDN writes; the model, the first layer, the records and the endpoint follow from it.
const categories = { necessary: { required: true }, analytics: {}, marketing: {}, location: { sensitive: true } }
const body = ['analytics', 'marketing', 'location'].map(c =>
  `<script type="text/plain" data-category="${c}">(window.ran = window.ran || []).push('${c}')</script>`).join('')
const ui = (page: Page) => page.locator('#consentry-root')
const consent = (page: Page) => page.evaluate(() => (window as any).Consentry.init({}).get())
const gpc = (page: Page) => page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }))

/** A shop page in `jurisdiction` (the meta tag before the script tag), with records going to a receiver on the other origin. */
function shop(server: TestServer, jurisdiction: string | null, extra: Record<string, unknown> = {}, path = '/') {
  const receiver = startReceiver(server)
  const meta = jurisdiction ? `<meta name="consentry-jurisdiction" content="${jurisdiction}">` : ''
  const page$ = html({ config: { categories, endpoint: receiver.url, privacyPolicyUrl: '/privacy', ...extra }, body })
    .replace('<title>test</title>', `<title>test</title>${meta}`)
  return { url: server.page(path, page$), receiver }
}

test.describe('in the US (opt-out)', () => {
  test('the notice offers "Do Not Sell or Share"; until then everything but sensitive categories runs; the click opts out', async ({ page, server }) => {
    const { url, receiver } = shop(server, 'US-CA')
    await page.goto(url)
    const notice = ui(page).getByRole('region', { name: 'Your privacy choices' })
    await expect(notice.getByRole('button')).toHaveText(['Do Not Sell or Share My Personal Information', 'Manage preferences', '×'])
    await expect(notice.getByRole('button', { name: 'Close' })).toBeVisible()
    await expect.poll(() => ran(page)).toEqual(['analytics', 'marketing'])
    await notice.getByRole('button', { name: 'Do Not Sell or Share My Personal Information' }).click()
    await expect.poll(() => receiver.stored.size).toBe(1)
    expect([...receiver.stored.values()][0]).toMatchObject({
      method: 'opt-out', source: 'banner', jurisdiction: 'US-CA', model: 'opt-out', gpc: false,
      categories: { necessary: true, analytics: true, marketing: false, location: false }
    })
    await page.reload()
    await expect.poll(() => ran(page)).toEqual(['analytics'])
    await expect(ui(page).getByRole('button', { name: 'Privacy settings' })).toBeVisible()
  })

  test('a GPC signal opts out by itself with a gpc record, and the notice says it was honoured', async ({ page, server }) => {
    await gpc(page)
    const { url, receiver } = shop(server, 'US')
    await page.goto(url)
    await expect(ui(page).getByRole('region', { name: 'Your privacy choices' })).toContainText('we have honored it')
    await expect.poll(() => receiver.stored.size).toBe(1)
    expect([...receiver.stored.values()][0]).toMatchObject({ method: 'gpc', source: 'gpc', gpc: true, model: 'opt-out', categories: { marketing: false } })
    expect(await ran(page)).toEqual(['analytics'])
    // The visitor's own switch may still turn it on: that is their choice, not the signal's.
    await ui(page).getByRole('button', { name: 'Manage preferences' }).click()
    await ui(page).getByRole('switch', { name: 'Marketing' }).click()
    await ui(page).getByRole('button', { name: 'Save preferences' }).click()
    await expect.poll(() => ran(page)).toEqual(['analytics', 'marketing'])
    await page.reload()
    await expect.poll(() => receiver.stored.size).toBe(2)
    expect((await consent(page)).categories.marketing).toBe(true)
  })

  test('the notice and the GPC note in Chinese, for a US visitor who reads it', async ({ page, server }) => {
    await gpc(page)
    await page.goto(shop(server, 'US-CA', { language: 'zh-CN' }).url)
    const notice = ui(page).getByRole('region', { name: '您的隐私选择' })
    await expect(notice.getByRole('button', { name: '请勿出售或共享我的个人信息' })).toBeVisible()
    await expect(notice).toContainText('我们已遵从该信号')
  })

  test('closing the notice keeps the defaults and the notice closed for the session, with the floating button to opt out later', async ({ page, server }) => {
    const { url, receiver } = shop(server, 'US-NY')
    await page.goto(url)
    await ui(page).getByRole('button', { name: 'Close' }).click()
    await expect(ui(page).getByRole('region')).toHaveCount(0)
    await page.reload()
    await expect(ui(page).getByRole('button', { name: 'Privacy settings' })).toBeVisible()
    await expect(ui(page).getByRole('region')).toHaveCount(0)
    expect(receiver.stored.size).toBe(0)
  })
})

test.describe('in the EU and wherever the place is unknown (opt-in)', () => {
  for (const jurisdiction of ['DE', null]) {
    test(`nothing optional runs before a yes (${jurisdiction ?? 'no meta tag'}), and Accept all never grants a sensitive category`, async ({ page, server }) => {
      const { url, receiver } = shop(server, jurisdiction)
      await page.goto(url)
      await expect(ui(page).getByRole('region', { name: 'We value your privacy' })).toBeVisible()
      expect(await ran(page)).toEqual([])
      await ui(page).getByRole('button', { name: 'Accept all' }).click()
      await expect.poll(() => ran(page)).toEqual(['analytics', 'marketing'])
      await expect.poll(() => receiver.stored.size).toBe(1)
      expect([...receiver.stored.values()][0]).toMatchObject({ jurisdiction: jurisdiction ?? 'unknown', model: 'opt-in', ageGroup: null })
    })
  }

  test('a GPC signal beats an earlier opt-in to a gpc category, the switch included', async ({ page, server }) => {
    const { url } = shop(server, 'FR')
    await page.goto(url)
    await ui(page).getByRole('button', { name: 'Manage preferences' }).click()
    await ui(page).getByRole('switch', { name: 'Marketing' }).click()
    await ui(page).getByRole('button', { name: 'Save preferences' }).click()
    await expect.poll(() => ran(page)).toEqual(['marketing'])
    await gpc(page)
    await page.reload()
    await expect.poll(async () => (await consent(page))?.categories.marketing).toBe(false)
    expect(await ran(page)).toEqual([])
  })

  test('a refusal is asked again after refusalDays, not before', async ({ page, server }) => {
    await page.clock.install({ time: new Date('2026-06-01T10:00:00Z') })
    const { url } = shop(server, 'DE', { refusalDays: 200 })
    await page.goto(url)
    await ui(page).getByRole('button', { name: 'Reject all' }).click()
    await page.clock.setSystemTime(new Date('2026-12-01T10:00:00Z'))
    await page.reload()
    await expect(ui(page).getByRole('button', { name: 'Privacy settings' })).toBeVisible()
    await page.clock.setSystemTime(new Date('2026-12-18T11:00:00Z'))
    await page.reload()
    await expect(ui(page).getByRole('region', { name: 'We value your privacy' })).toBeVisible()
  })

  test('warns of a consent lifetime over thirteen months and a refusal asked again sooner than six', async ({ page, server }) => {
    const warnings: string[] = []
    page.on('console', m => { if (m.type() == 'warning') warnings.push(m.text()) })
    await page.goto(shop(server, 'DE', { expiresDays: 730, refusalDays: 30 }).url)
    await expect.poll(() => warnings).toEqual([
      '[Consentry] "expiresDays" is over 395 (thirteen months, the longest a consent should last): 395 is used.',
      '[Consentry] "refusalDays" is under 180: asking a visitor who refused again so soon is not allowed where consent is opt-in; 180 is used.'
    ])
  })
})

test.describe('in China (PIPL)', () => {
  test('the age question comes first; an adult decides on the banner; a sensitive category needs its own, second yes', async ({ page, server }) => {
    const { url, receiver } = shop(server, 'CN', { ageGate: 14, language: 'zh-CN' })
    await page.goto(url)
    const first = ui(page).getByRole('region')
    await expect(first.getByRole('button')).toHaveText(['我已满 14 周岁', '我未满 14 周岁'])
    await first.getByRole('button', { name: '我已满 14 周岁' }).click()
    await first.getByRole('button', { name: '全部接受' }).click()
    await expect.poll(() => ran(page)).toEqual(['analytics', 'marketing'])
    await ui(page).getByRole('button', { name: '隐私设置' }).click()
    const location = ui(page).getByRole('switch', { name: '精确位置' })
    await location.click()
    await expect(location).toHaveAttribute('aria-checked', 'false')
    await expect(ui(page).getByRole('group')).toContainText('单独同意')
    await ui(page).getByRole('button', { name: '我单独同意' }).click()
    await expect(location).toHaveAttribute('aria-checked', 'true')
    await expect(location).toBeFocused()
    await ui(page).getByRole('button', { name: '保存设置' }).click()
    await expect.poll(() => ran(page)).toEqual(['analytics', 'marketing', 'location'])
    await expect.poll(() => receiver.stored.size).toBe(2)
    expect([...receiver.stored.values()].map(r => [r.method, r.ageGroup, r.source, (r.categories as any).location]))
      .toEqual([['accept-all', 'adult', 'banner', false], ['custom', 'adult', 'floating', true]])
  })

  test('a minor gets only the required categories, kept over a reload, until a guardian consents in the dialog', async ({ page, server }) => {
    const { url, receiver } = shop(server, 'CN', { ageGate: 14, language: 'zh-CN' })
    await page.goto(url)
    await ui(page).getByRole('button', { name: '我未满 14 周岁' }).click()
    await expect(ui(page).getByRole('region')).toContainText('监护人')
    await page.reload()
    await expect(ui(page).getByRole('region')).toHaveCount(0)
    expect(await ran(page)).toEqual([])
    await ui(page).getByRole('button', { name: '隐私设置' }).click()
    await expect(ui(page).getByRole('dialog')).toContainText('您正在以未满 14 周岁儿童的监护人身份作出选择。')
    await ui(page).getByRole('switch', { name: '分析' }).click()
    await ui(page).getByRole('button', { name: '保存设置' }).click()
    await expect.poll(() => ran(page)).toEqual(['analytics'])
    await expect.poll(() => receiver.stored.size).toBe(2)
    expect([...receiver.stored.values()].map(r => [r.ageGroup, (r.categories as any).analytics])).toEqual([['minor', false], ['minor-guardian', true]])
  })

  test('the age question, the minor\'s note and separate consent in English too', async ({ page, server }) => {
    await page.goto(shop(server, 'CN', { ageGate: 14 }).url)
    await ui(page).getByRole('button', { name: 'I am 14 or older' }).click()
    await ui(page).getByRole('button', { name: 'Manage preferences' }).click()
    await ui(page).getByRole('switch', { name: 'Precise location' }).click()
    await expect(ui(page).getByRole('group')).toContainText('give your separate consent')
    await ui(page).getByRole('button', { name: 'Keep it off' }).click()
    await expect(ui(page).getByRole('switch', { name: 'Precise location' })).toHaveAttribute('aria-checked', 'false')
    await ui(page).getByRole('button', { name: 'Save preferences' }).click()
    await ui(page).getByRole('button', { name: 'Privacy settings' }).click()
    await page.evaluate(() => (window as any).Consentry.init({}).reset())
    await ui(page).getByRole('button', { name: 'I am under 14' }).click()
    await expect(ui(page).getByRole('region')).toContainText('A parent or guardian can review the other choices for you.')
  })

  test("Chinese visitors' records go to the endpoint their jurisdiction names", async ({ page, server }) => {
    const cn = startReceiver(server, {})
    const elsewhere: string[] = []
    server.route('/api/elsewhere', (_req, res, b) => {
      elsewhere.push(b)
      res.writeHead(201).end()
    })
    const endpoint = { CN: cn.url, default: '/api/elsewhere' }
    const page$ = html({ config: { categories, endpoint }, body }).replace('<title>test</title>', '<title>test</title><meta name="consentry-jurisdiction" content="CN">')
    await page.goto(server.page('/', page$))
    await ui(page).getByRole('button', { name: 'Reject all' }).click()
    await expect.poll(() => cn.stored.size).toBe(1)
    expect([...cn.stored.values()][0]).toMatchObject({ jurisdiction: 'CN' })
    expect(elsewhere).toEqual([])
  })
})
