import type { Page } from '@playwright/test'
import { expect, html, test } from './support/fixtures'

const categories = { necessary: { required: true }, analytics: {}, marketing: {} }
const config = { categories, privacyPolicyUrl: '/privacy' }

/** The consent UI lives in an open shadow root; Playwright's CSS locators pierce it. */
const ui = (page: Page) => page.locator('#consentry-root')
const banner = (page: Page) => ui(page).locator('section')
const dialog = (page: Page) => ui(page).getByRole('dialog')
const decision = (page: Page) => page.evaluate(() => (window as any).Consentry.init({ categories: {} }).get())

test('a first visit shows the banner with three equal buttons and a policy link', async ({ page, server, consoleErrors }) => {
  await page.goto(server.page('/', html({ config })))
  await expect(banner(page)).toBeVisible()
  const buttons = banner(page).getByRole('button')
  await expect(buttons).toHaveText(['Accept all', 'Reject all', 'Manage preferences'])
  const boxes = await buttons.evaluateAll(els => els.map(e => { const r = e.getBoundingClientRect(); return [Math.round(r.width), Math.round(r.height)] }))
  expect(new Set(boxes.map(String)).size).toBe(1)
  const styles = await buttons.evaluateAll(els => els.map(e => { const s = getComputedStyle(e); return s.backgroundColor + s.color + s.fontWeight }))
  expect(new Set(styles).size).toBe(1)
  await expect(banner(page).getByRole('link', { name: 'Privacy policy' })).toHaveAttribute('href', '/privacy')
  expect(consoleErrors).toEqual([])
})

test('Accept all grants everything and hides the banner for good', async ({ page, server }) => {
  await page.goto(server.page('/', html({ config })))
  await banner(page).getByRole('button', { name: 'Accept all' }).click()
  await expect(banner(page)).toHaveCount(0)
  expect((await decision(page)).categories).toEqual({ necessary: true, analytics: true, marketing: true })
  await page.reload()
  await page.waitForFunction(() => (window as any).Consentry.init({ categories: {} }).get())
  // A returning visitor gets the floating button to withdraw with, and no banner.
  await expect(ui(page).getByRole('button', { name: 'Privacy settings' })).toBeVisible()
  await expect(banner(page)).toHaveCount(0)
})

test('Reject all denies every optional category', async ({ page, server }) => {
  await page.goto(server.page('/', html({ config })))
  await banner(page).getByRole('button', { name: 'Reject all' }).click()
  await expect(banner(page)).toHaveCount(0)
  expect(await decision(page)).toMatchObject({ method: 'reject-all', categories: { necessary: true, analytics: false, marketing: false } })
})

test('Manage preferences → switch → Save records exactly the switches', async ({ page, server }) => {
  await page.goto(server.page('/', html({ config })))
  await banner(page).getByRole('button', { name: 'Manage preferences' }).click()
  await expect(dialog(page)).toBeVisible()
  const necessary = dialog(page).getByRole('switch', { name: 'Necessary' })
  const analytics = dialog(page).getByRole('switch', { name: 'Analytics' })
  await expect(necessary).toBeDisabled()
  await expect(necessary).toHaveAttribute('aria-checked', 'true')
  await expect(analytics).toHaveAttribute('aria-checked', 'false')
  await expect(dialog(page).getByRole('switch', { name: 'Marketing' })).toHaveAttribute('aria-checked', 'false')
  await analytics.click()
  await expect(analytics).toHaveAttribute('aria-checked', 'true')
  await dialog(page).getByRole('button', { name: 'Save preferences' }).click()
  await expect(dialog(page)).toHaveCount(0)
  expect(await decision(page)).toMatchObject({ method: 'custom', categories: { necessary: true, analytics: true, marketing: false } })
})

test('a data-consentry="preferences" link reopens the dialog showing the stored decision, and withdraws in as many clicks', async ({ page, server }) => {
  await page.goto(server.page('/', html({ config, body: '<a href="#" data-consentry="preferences">Cookie settings</a>' })))
  await banner(page).getByRole('button', { name: 'Accept all' }).click()
  await page.getByText('Cookie settings').click()
  await expect(dialog(page).getByRole('switch', { name: 'Analytics' })).toHaveAttribute('aria-checked', 'true')
  await dialog(page).getByRole('button', { name: 'Reject all' }).click()
  expect((await decision(page)).categories.analytics).toBe(false)
  await expect(page.getByText('Cookie settings')).toBeFocused()
})

test('the floating button reopens the preferences once a decision exists', async ({ page, server }) => {
  await page.goto(server.page('/', html({ config: { ...config, ui: { floatingButton: true, layout: 'box' } } })))
  const floating = ui(page).getByRole('button', { name: 'Privacy settings' })
  await expect(floating).toHaveCount(0)
  await banner(page).getByRole('button', { name: 'Reject all' }).click()
  await floating.click()
  await expect(dialog(page)).toBeVisible()
  await dialog(page).getByRole('switch', { name: 'Marketing' }).click()
  await dialog(page).getByRole('button', { name: 'Save preferences' }).click()
  expect((await decision(page)).categories.marketing).toBe(true)
  await expect(floating).toBeFocused()
})

test('reset() shows the banner again', async ({ page, server }) => {
  await page.goto(server.page('/', html({ config })))
  await banner(page).getByRole('button', { name: 'Accept all' }).click()
  await page.evaluate(() => (window as any).Consentry.init({ categories: {} }).reset())
  await expect(banner(page)).toBeVisible()
})
