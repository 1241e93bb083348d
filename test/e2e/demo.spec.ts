import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import Database from 'better-sqlite3'
import { expect, settled, test } from './support/fixtures'

const cookieNames = async (page: Page) => (await page.context().cookies()).map(c => c.name).sort()
/** The page's localStorage keys, without the SDK's own (its outbox and subject id). */
const storageKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter(k => !k.startsWith('consentry.')).sort())
const banner = (page: Page) => page.getByRole('button', { name: 'Manage preferences' })

/**
 * Clicks an "Accept all" and waits for the page the SDK reloads into: the demo's policy refuses the
 * analytics tag the grant releases (its request to stats.localhost), so the SDK reloads once, into
 * a policy that allows it (SPEC 1.8). A click made before that reload would be lost with the page.
 */
async function acceptAndReload(page: Page, button: Locator): Promise<void> {
  const reloaded = page.waitForEvent('load')
  await button.click()
  await reloaded
}

test('a full visit: accept on the banner, browse, withdraw in the footer, and the log shows both records', async ({ page, demo, consoleErrors }) => {
  await page.goto(demo.url)
  await expect(banner(page)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Reject all' })).toBeVisible()
  await settled(page)
  expect(demo.hits).toEqual([])
  expect(await cookieNames(page)).toEqual([])

  await acceptAndReload(page, page.getByRole('button', { name: 'Accept all' }))
  await expect(banner(page)).toBeHidden()
  await expect.poll(() => demo.hits.map(h => `${h.kind}@${h.host.split(':')[0]}`).sort())
    .toEqual(['analytics@stats.localhost', 'embed@video.localhost', 'pixel@ads.localhost', 'pixel@ads.localhost'])
  await expect.poll(() => cookieNames(page)).toEqual(['_fbp', '_ga', '_gcl_au', 'consentry'])

  await page.getByRole('link', { name: 'View' }).first().click()
  await expect(page.getByRole('heading', { name: 'Kagoshima Sencha' })).toBeVisible()
  // The cart's script is deferred: the button works once the page is parsed, not when its heading shows.
  await page.waitForLoadState('domcontentloaded')
  await page.getByRole('button', { name: 'Add to cart' }).click()
  await expect(page.locator('#cart-count')).toHaveText('1')
  await expect.poll(() => storageKeys(page)).toEqual(expect.arrayContaining(['__anon_id', 'ads:lastSeen', 'cart', 'prefs:recent']))

  await page.getByRole('link', { name: 'Cookie settings' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('switch', { name: 'Analytics' })).toHaveAttribute('aria-checked', 'true')
  await dialog.getByRole('button', { name: 'Reject all' }).click()
  await expect(dialog).toBeHidden()
  await expect.poll(() => cookieNames(page)).toEqual(['consentry'])
  await expect.poll(() => storageKeys(page)).toEqual(['cart'])

  await expect.poll(async () => (await demo.log()).length).toBe(2)
  const [latest, first] = await demo.log()
  expect(first).toMatchObject({
    method: 'accept-all', revision: 1, gpc: false, language: 'en', url: demo.url, sdkVersion: expect.any(String),
    categories: { necessary: true, analytics: true, marketing: true, preferences: true }, notice: expect.stringMatching(/^[0-9a-f]{64}$/)
  })
  expect(latest).toMatchObject({
    method: 'reject-all', subjectId: first.subjectId, url: `${demo.url}product/sencha`,
    categories: { necessary: true, analytics: false, marketing: false, preferences: false }
  })
  const db = new Database(join(demo.dataDir, 'consent.sqlite'), { readonly: true })
  const rows = db.prepare('SELECT method, subject_id FROM consent_records ORDER BY seq').all()
  db.close()
  expect(rows).toEqual([{ method: 'accept-all', subject_id: first.subjectId }, { method: 'reject-all', subject_id: first.subjectId }])
  expect((await demo.log(`?subjectId=${first.subjectId}`)).map(r => r.method)).toEqual(['accept-all', 'reject-all'])
  // The page's policy, fixed when it loaded, refuses the tags the grant released until the SDK reloads it (SPEC 1.8).
  expect(consoleErrors.filter(p => !p.includes('violates the following Content Security Policy directive'))).toEqual([])
})

test('saving one category in the dialog releases only its tags and is logged as custom', async ({ page, demo }) => {
  await page.goto(`${demo.url}product/longjing`)
  await banner(page).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('switch', { name: 'Preferences' }).click()
  await dialog.getByRole('button', { name: 'Save preferences' }).click()
  await expect.poll(() => storageKeys(page)).toEqual(['prefs:recent'])
  await page.goto(demo.url)
  await expect(page.locator('#recent-list')).toHaveText('West Lake Dragon Well')
  await expect(page.locator('iframe')).not.toHaveAttribute('src', /.+/)
  expect(demo.hits).toEqual([])
  await expect.poll(async () => (await demo.log()).map(r => r.method)).toEqual(['custom'])
})

test('the QA panel shows the decision, gated elements and owners, and fits a 320 px phone', async ({ page, demo }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto(demo.url)
  await acceptAndReload(page, page.getByRole('button', { name: 'Accept all' }))
  await page.getByRole('button', { name: 'QA' }).click()
  const panel = page.getByRole('complementary', { name: 'QA panel' })
  await expect(panel).toContainText('accept-all · revision 1')
  await expect(panel.locator('tr.qa-released')).toHaveCount(6)
  await expect(panel).toContainText('analytics: _ga')
  await page.evaluate(() => { document.cookie = 'mystery=1; path=/' })
  await expect(panel.locator('.qa-unowned')).toContainText('mystery')
  expect((await panel.boundingBox())!.width).toBeLessThanOrEqual(320)
  await panel.getByRole('button', { name: 'Reset' }).click()
  await expect(panel).toContainText('No decision yet')
  await expect(banner(page)).toBeVisible()
})

test('QA toggles: GPC holds marketing denied, a bumped revision asks again, Chinese is one click away', async ({ page, demo }) => {
  await page.goto(demo.url)
  await page.getByRole('button', { name: 'QA' }).click()
  await page.getByRole('button', { name: 'GPC signal: off' }).click()
  await expect(page.getByRole('button', { name: 'GPC signal: on' })).toBeVisible()
  await acceptAndReload(page, page.getByRole('button', { name: 'Accept all' }).first())
  await expect.poll(async () => (await demo.log()).map(r => [r.gpc, r.categories.marketing, r.categories.analytics]))
    .toEqual([[true, false, true]])

  await page.getByRole('button', { name: 'Bump revision (now 1)' }).click()
  await expect(page.getByRole('button', { name: 'Bump revision (now 2)' })).toBeVisible()
  await expect(banner(page)).toBeVisible()

  await page.getByRole('link', { name: '中文' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(page.getByRole('heading', { name: '流明茶铺' })).toBeVisible()
  await expect(banner(page)).toBeHidden()
})

test('a failing receiver keeps the record in the outbox until it answers again', async ({ page, demo }) => {
  await page.goto(demo.url)
  await page.getByRole('button', { name: 'QA' }).click()
  await page.getByLabel('Receiver behaviour').selectOption('503')
  await expect.poll(async () => (await (await fetch(`${demo.url}demo/settings`)).json()).receiver).toBe('503')
  await page.getByRole('button', { name: 'Reject all' }).first().click()
  const outbox = page.getByRole('complementary', { name: 'QA panel' }).locator('section', { hasText: 'Sync outbox' })
  await expect(outbox.locator('tbody tr')).toHaveCount(1)
  await expect(outbox).toContainText('reject-all')
  expect(await demo.log()).toEqual([])
  await page.getByLabel('Receiver behaviour').selectOption('ok')
  await expect.poll(async () => (await demo.log()).map(r => r.method), { timeout: 15_000 }).toEqual(['reject-all'])
  await expect(outbox.locator('tbody tr')).toHaveCount(0)
})

test('the Jurisdiction switch: a US visitor gets the opt-out notice, a Chinese visitor of the Chinese shop the age question and separate consent', async ({ page, demo, consoleErrors }) => {
  await page.goto(demo.url)
  await page.getByRole('button', { name: 'QA' }).click()
  await page.getByLabel('Jurisdiction').selectOption('US-CA')
  await expect(page.getByRole('button', { name: 'Do Not Sell or Share My Personal Information' })).toBeVisible()
  await expect(page.getByRole('complementary', { name: 'QA panel' })).toContainText('jurisdiction US-CA · model opt-out')
  await page.getByRole('button', { name: 'Do Not Sell or Share My Personal Information' }).click()
  await expect.poll(async () => (await demo.log()).map(r => [r.method, r.jurisdiction, r.model])).toEqual([['opt-out', 'US-CA', 'opt-out']])

  await page.getByLabel('Jurisdiction').selectOption('CN')
  await page.getByRole('link', { name: '中文' }).click()
  await page.getByRole('button', { name: 'Reset' }).click()
  await page.getByRole('button', { name: '我已满 14 周岁' }).click()
  await acceptAndReload(page, page.getByRole('button', { name: '全部接受' }))
  await expect(page.locator('#nearby')).toHaveText('单独同意使用精确位置后，可查看离您最近的茶馆。')
  await page.getByRole('link', { name: 'Cookie 设置' }).click()
  await page.getByRole('switch', { name: '精确位置' }).click()
  await page.getByRole('button', { name: '我单独同意' }).click()
  await page.getByRole('button', { name: '保存设置' }).click()
  await expect(page.locator('#nearby')).toHaveText('离您最近的茶馆：杭州西湖店')
  await expect.poll(async () => (await demo.log()).slice(0, 2).map(r => [r.method, r.jurisdiction, r.ageGroup, r.categories.location]))
    .toEqual([['custom', 'CN', 'adult', true], ['accept-all', 'CN', 'adult', false]])
  // The page's policy refuses what a new grant releases until the reload that follows it.
  expect(consoleErrors.filter(p => !p.includes('violates the following Content Security Policy directive'))).toEqual([])
})
