// The stats page in Chromium: opt-in rates as SVG charts a shop owner reads at a glance.
import { createHash, randomUUID } from 'node:crypto'
import { expect, test } from './support/fixtures'

const TEXT = 'We use cookies.'
const record = (i: number) => ({
  id: randomUUID(), subjectId: randomUUID(), revision: 1,
  categories: { necessary: true, analytics: i % 3 != 0, marketing: i % 5 == 0, preferences: i % 2 == 0 },
  method: ['accept-all', 'reject-all', 'custom', 'custom'][i % 4], gpc: i % 7 == 0,
  timestamp: new Date(Date.UTC(2026, 10, 1 + (i % 14), 9 + (i % 8))).toISOString(), language: ['en', 'de', 'zh-CN', 'fr'][i % 4],
  notice: createHash('sha256').update(TEXT).digest('hex'), url: 'https://shop.example/', sdkVersion: '1.0.0', noticeText: TEXT,
  source: 'banner', jurisdiction: ['DE', 'FR', 'US-CA', 'CN', 'unknown'][i % 5], model: i % 5 == 2 ? 'opt-out' : 'opt-in', ageGroup: null
})

test('the stats page draws every chart from the same figures as its JSON, with no console errors', async ({ page, demo, consoleErrors }) => {
  for (let i = 0; i < 240; i += 16) {
    expect(await demo.post(Array.from({ length: 16 }, (_, k) => record(i + k)))).toBe(201)
  }
  await page.goto(demo.signInUrl)
  await page.getByRole('link', { name: 'Stats' }).click()
  await expect(page.getByRole('heading', { name: 'Consent stats' })).toBeVisible()
  for (const name of ['Opt-in rate per category', 'Per day', 'Per jurisdiction', 'Per language', 'Per method']) {
    await expect(page.getByRole('heading', { name, exact: true })).toBeVisible()
  }
  const charts = page.getByRole('img')
  await expect(charts).toHaveCount(5)
  for (const chart of await charts.all()) expect((await chart.boundingBox())!.height).toBeGreaterThan(40)
  const stats = await (await fetch(`${demo.url}consent-stats.json`, { headers: { authorization: `Bearer ${demo.logToken}` } })).json()
  expect(stats.decisions).toBe(240)
  const analytics = Math.round(stats.overall.rate.analytics * 100)
  await expect(page.locator('svg').filter({ hasText: `${analytics}%` }).first()).toBeVisible()
  // necessary is granted in every decision: the charts show the three optional categories.
  await expect(page.getByRole('img', { name: 'Opt-in rate per day' }).locator('polyline')).toHaveCount(3)
  await expect(page.getByText('Granted in every decision, so left out of the charts: necessary.')).toBeVisible()
  await page.getByRole('region', { name: 'Per jurisdiction' }).getByText('Figures').click()
  await expect(page.getByRole('region', { name: 'Per jurisdiction' }).getByRole('row', { name: /^US-CA 48/ })).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('consent-stats.png'), fullPage: true })
  expect(consoleErrors).toEqual([])
})
