// The consent log in Chromium: the demo's sign-in link, the records with the notice text each
// visitor saw, paging, and the blocked attempts of CSP reports.
import { createHash, randomUUID } from 'node:crypto'
import { expect, test } from './support/fixtures'

const TEXT = 'We use cookies · 我们使用 Cookie\nAccept all · Reject all · Manage preferences\nPrivacy policy: https://shop.example/privacy'
const record = (over: Record<string, unknown> = {}) => ({
  id: randomUUID(), subjectId: randomUUID(), revision: 1, categories: { necessary: true, analytics: true, marketing: false },
  method: 'custom', gpc: false, timestamp: '2026-11-22T10:00:00.000Z', language: 'en',
  notice: createHash('sha256').update(TEXT).digest('hex'), url: 'https://shop.example/cart', sdkVersion: '1.0.0',
  noticeText: TEXT, source: 'banner', jurisdiction: 'DE', model: 'opt-in', ageGroup: null, ...over
})

test('the log needs the token; the sign-in link sets an HttpOnly session cookie and opens it', async ({ page, demo }) => {
  await page.goto(`${demo.url}consent-log`)
  await expect(page.getByRole('heading', { name: 'Sign in to the consent log' })).toBeVisible()
  await page.getByLabel('Log token').fill('a wrong token, long enough')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('alert')).toHaveText('That token is not the log token.')

  await page.goto(demo.signInUrl)
  await expect(page).toHaveURL(`${demo.url}consent-log`)
  await expect(page.getByRole('heading', { name: 'Consent log' })).toBeVisible()
  const [cookie] = await page.context().cookies()
  expect(cookie).toMatchObject({ name: 'consentry_log_session', httpOnly: true, sameSite: 'Strict' })
  expect(cookie.value).not.toContain(demo.logToken)
  expect(await page.evaluate(() => document.cookie)).toBe('')

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { name: 'Sign in to the consent log' })).toBeVisible()
  await page.goto(`${demo.url}consent-log`)
  await expect(page.getByRole('heading', { name: 'Sign in to the consent log' })).toBeVisible()
})

test('records show the notice text their visitor saw, pages hold 100, and blocked attempts are listed', async ({ page, demo }) => {
  const subject = randomUUID()
  expect(await demo.post(record({ subjectId: subject, method: 'accept-all', categories: { necessary: true, analytics: true, marketing: true } }))).toBe(201)
  for (let i = 0; i < 7; i++) expect(await demo.post(Array.from({ length: 16 }, () => record()))).toBe(201)
  expect(await demo.post(record({ subjectId: subject, method: 'reject-all', notice: null, noticeText: 'Nur notwendige Cookies.', language: 'de', categories: { necessary: true, analytics: false, marketing: false } }))).toBe(201)
  expect(await demo.post({ 'csp-report': { 'document-uri': `${demo.url}product/sencha?utm=x`, 'blocked-uri': 'http://ads.localhost:9/pixel.gif?uid=1', 'effective-directive': 'img-src', disposition: 'enforce' } }, 'api/csp-report', 'application/csp-report')).toBe(204)

  await page.goto(demo.signInUrl)
  const rows = page.locator('main table').first().locator('tbody tr')
  await expect(rows).toHaveCount(100)
  const newest = rows.first()
  await expect(newest).toContainText('reject-all')
  await newest.getByText(/hashed here/).click()
  await expect(newest.locator('pre')).toHaveText('Nur notwendige Cookies.')

  const blocked = page.getByRole('region', { name: 'Blocked attempts' })
  await expect(blocked.locator('tbody tr')).toHaveCount(1)
  await expect(blocked).toContainText('http://ads.localhost:9/pixel.gif')
  await expect(blocked).toContainText(`${demo.url}product/sencha`)
  await expect(blocked).not.toContainText('uid=1')
  await page.screenshot({ path: test.info().outputPath('consent-log.png'), fullPage: false })

  await page.getByRole('link', { name: 'Older records →' }).first().click()
  await expect(rows).toHaveCount(14)

  await page.goto(`${demo.url}consent-log?subjectId=${subject}`)
  await expect(page.getByRole('heading', { name: 'History of one subject' })).toBeVisible()
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(0)).toContainText('accept-all')
  await expect(rows.nth(1)).toContainText('reject-all')
  await rows.nth(0).locator('summary').click()
  await expect(rows.nth(0).locator('pre')).toHaveText(TEXT)
})
