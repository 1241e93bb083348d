import type { Page } from '@playwright/test'
import { expect, html, test } from './support/fixtures'

const config = { categories: { necessary: { required: true }, analytics: {}, marketing: {} }, privacyPolicyUrl: '/privacy' }
const ui = (page: Page) => page.locator('#consentry-root')
const article = '<main><h1>Shop</h1>' + '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>'.repeat(40) + '</main>'

test('fits a 320 px wide screen with no horizontal scroll, in both layers and both languages', async ({ page, server }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  for (const language of ['en', 'zh-CN']) {
    await page.goto(server.page(`/${language}`, html({ config: { ...config, language, ui: { layout: 'box' } }, body: article })))
    const banner = ui(page).locator('section')
    await expect(banner).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    for (const button of await banner.getByRole('button').all()) {
      const box = (await button.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(320)
    }
    await banner.getByRole('button').nth(2).click()
    const dialog = ui(page).getByRole('dialog')
    await expect(dialog).toBeVisible()
    const box = (await dialog.boundingBox())!
    expect([box.x >= 0, box.x + box.width <= 320, box.y >= 0, box.y + box.height <= 640]).toEqual([true, true, true, true])
    expect(await dialog.evaluate(e => e.scrollWidth <= e.clientWidth)).toBe(true)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  }
})

test('the banner and dialog never shift the page layout', async ({ page, server }) => {
  await page.addInitScript(() => {
    (window as any).shifts = 0
    new PerformanceObserver(list => {
      for (const e of list.getEntries()) (window as any).shifts += (e as any).value
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await page.goto(server.page('/', html({ config, body: article })))
  await expect(ui(page).locator('section')).toBeVisible()
  await ui(page).getByRole('button', { name: 'Manage preferences' }).click()
  await ui(page).getByRole('button', { name: 'Save preferences' }).click()
  await page.evaluate(() => (window as any).Consentry.init({ categories: {} }).reset())
  await expect(ui(page).locator('section')).toBeVisible()
  // A shift is reported after the frame that laid it out: two frames and a task later, all are in.
  await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r)))))
  expect(await page.evaluate(() => (window as any).shifts)).toBe(0)
})

test('works under script-src and style-src \'self\' with no CSP violation, styled', async ({ page, server, consoleErrors }) => {
  server.route('/listen.js', (_q, res) => void res.writeHead(200, { 'content-type': 'text/javascript' }).end(
    `window.violations = []; document.addEventListener('securitypolicyviolation', e => violations.push(e.violatedDirective + ' ' + e.blockedURI))`))
  const page$ = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>csp</title>
<script src="/listen.js"></script>
<script type="application/json" id="consentry-config">${JSON.stringify({ ...config, ui: { floatingButton: true } })}</script>
<script src="/dist/consentry.min.js"></script></head><body>${article}</body></html>`
  await page.goto(server.page('/', page$, { 'content-security-policy': "script-src 'self'; style-src 'self'" }))
  const accept = ui(page).getByRole('button', { name: '全部接受' })
  await expect(accept).toBeVisible()
  expect(await accept.evaluate(e => getComputedStyle(e).position + ' ' + getComputedStyle(e.closest('section')!).position)).toBe('static fixed')
  await ui(page).getByRole('button', { name: '管理偏好设置' }).click()
  await ui(page).getByRole('switch', { name: '分析' }).click()
  await ui(page).getByRole('button', { name: '保存设置' }).click()
  await ui(page).getByRole('button', { name: '隐私设置' }).click()
  await expect(ui(page).getByRole('switch', { name: '分析' })).toHaveAttribute('aria-checked', 'true')
  expect(await page.evaluate(() => (window as any).violations)).toEqual([])
  expect(consoleErrors).toEqual([])
})

test.describe('in Chinese from navigator.languages when the page has no lang', () => {
  test.use({ locale: 'zh-CN' })
  test('shows the Chinese banner and dialog, and records the language shown in the notice', async ({ page, server }) => {
    const page$ = html({ config }).replace('<html lang="en">', '<html>')
    await page.goto(server.page('/', page$))
    const banner = ui(page).locator('section')
    await expect(banner.getByRole('button')).toHaveText(['全部接受', '全部拒绝', '管理偏好设置'])
    await expect(banner.getByRole('link')).toHaveText('隐私政策')
    await banner.getByRole('button', { name: '管理偏好设置' }).click()
    await expect(ui(page).getByRole('switch')).toHaveCount(3)
    for (const name of ['必要', '分析', '营销']) await expect(ui(page).getByRole('switch', { name })).toBeVisible()
    await expect(ui(page).getByRole('dialog').getByRole('button')).toHaveText(['全部接受', '全部拒绝', '保存设置', '×'])
    await expect(ui(page).getByRole('button', { name: '关闭' })).toBeVisible()
    const notice = await page.evaluate(() => (window as any).Consentry.init({ categories: {} }).notice())
    expect(notice.language).toBe('zh-CN')
    expect(notice.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(notice.text.split('\n').slice(0, 1)).toEqual(['我们重视您的隐私'])
  })
})

test('with Global Privacy Control both layers say so, and Accept all leaves marketing off until its switch is flipped', async ({ page, server }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }))
  await page.goto(server.page('/', html({ config })))
  await expect(ui(page).locator('section')).toContainText('Global Privacy Control')
  await ui(page).getByRole('button', { name: 'Manage preferences' }).click()
  await expect(ui(page).getByRole('dialog')).toContainText('Global Privacy Control')
  await ui(page).getByRole('button', { name: 'Accept all' }).click()
  const consent = () => page.evaluate(() => (window as any).Consentry.init({ categories: {} }).get().categories)
  expect(await consent()).toEqual({ necessary: true, analytics: true, marketing: false })
  await page.evaluate(() => (window as any).Consentry.init({ categories: {} }).showPreferences())
  const marketing = ui(page).getByRole('switch', { name: 'Marketing' })
  await expect(marketing).toHaveAttribute('aria-checked', 'false')
  await marketing.click()
  await ui(page).getByRole('button', { name: 'Save preferences' }).click()
  expect(await consent()).toEqual({ necessary: true, analytics: true, marketing: true })
})
