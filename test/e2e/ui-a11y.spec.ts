import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, html, test } from './support/fixtures'

const config = { categories: { necessary: { required: true }, analytics: {}, marketing: {} }, privacyPolicyUrl: '/privacy' }
const ui = (page: Page) => page.locator('#consentry-root')
const active = (page: Page) => page.evaluate(() => {
  let el = document.activeElement
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement
  return el ? (el.getAttribute('aria-label') || el.textContent || el.getAttribute('id') || el.tagName).trim() : null
})
/** Presses Tab `times` times and returns what has focus after each press. */
async function tabs(page: Page, times: number): Promise<(string | null)[]> {
  const seen: (string | null)[] = []
  for (let i = 0; i < times; i++) {
    await page.keyboard.press('Tab')
    seen.push(await active(page))
  }
  return seen
}
/** WCAG 2.0, 2.1 and 2.2 A and AA, as axe-core tags them. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const scan = async (page: Page) => (await new AxeBuilder({ page }).include('#consentry-root').withTags(WCAG).analyze()).violations
  .map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)

for (const [theme, colorScheme] of [['light', 'light'], ['dark', 'light'], ['auto', 'dark'], ['auto', 'light']] as const) {
  for (const layout of ['bar', 'box']) {
    test(`axe finds no violation in the banner and the dialog (theme ${theme} in a ${colorScheme} system, ${layout})`, async ({ page, server }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' })
      await page.goto(server.page('/', html({ config: { ...config, ui: { layout, theme } } })))
      await expect(ui(page).locator('section')).toBeVisible()
      expect(await scan(page)).toEqual([])
      await ui(page).getByRole('button', { name: 'Manage preferences' }).click()
      await expect(ui(page).getByRole('dialog')).toBeVisible()
      expect(await scan(page)).toEqual([])
    })
  }
}

for (const language of ['zh-CN', 'zh-TW', 'ja', 'ko', 'de', 'fr', 'pl', 'el', 'ga']) {
  test(`axe finds no violation in ${language}`, async ({ page, server }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.goto(server.page('/', html({ config: { ...config, language } })))
    await expect(ui(page).locator('section')).toBeVisible()
    await expect(page.locator('#consentry-root')).toHaveAttribute('lang', language)
    expect(await scan(page)).toEqual([])
    await ui(page).locator('section').getByRole('button').nth(2).click()
    await expect(ui(page).getByRole('dialog')).toBeVisible()
    expect(await scan(page)).toEqual([])
  })
}

for (const [name, extra, head] of [
  ['the US notice', {}, '<meta name="consentry-jurisdiction" content="US-CA">'],
  ['the age question', { ageGate: 14 }, '']
] as const) {
  test(`axe finds no violation in ${name}`, async ({ page, server }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.goto(server.page('/', html({ config: { ...config, ...extra } }).replace('<title>test</title>', '<title>test</title>' + head)))
    await expect(ui(page).locator('section')).toBeVisible()
    expect(await scan(page)).toEqual([])
  })
}

test('axe finds no violation in Chinese, nor in the floating button', async ({ page, server }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(server.page('/', html({ config: { ...config, language: 'zh-CN', ui: { floatingButton: true } } })))
  expect(await scan(page)).toEqual([])
  await ui(page).getByRole('button', { name: '全部拒绝' }).click()
  await expect(ui(page).getByRole('button', { name: '隐私设置' })).toBeVisible()
  expect(await scan(page)).toEqual([])
})

test('the dialog is modal, labelled and described', async ({ page, server }) => {
  await page.goto(server.page('/', html({ config })))
  await ui(page).getByRole('button', { name: 'Manage preferences' }).click()
  const dialog = ui(page).getByRole('dialog', { name: 'Privacy preferences' })
  await expect(dialog).toHaveAttribute('aria-modal', 'true')
  await expect(dialog).toHaveAccessibleDescription(/Choose what you allow/)
  await expect(ui(page).getByRole('region', { name: 'We value your privacy' })).toBeHidden()
})

test('the keyboard path: the banner first in the Tab order, Space and Enter on switches, the focus trap, Escape, focus return, and after the decision', async ({ page, server }) => {
  await page.goto(server.page('/', html({ config, body: '<a href="#top">Skip</a>' })))
  await expect(ui(page).locator('section')).toBeVisible()
  expect(await tabs(page, 5)).toEqual(['Privacy policy', 'Accept all', 'Reject all', 'Manage preferences', 'Skip'])
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(ui(page).getByRole('dialog')).toBeVisible()
  expect(await active(page)).toBe('category-analytics-switch')
  await page.keyboard.press('Space')
  await expect(ui(page).getByRole('switch', { name: 'Analytics' })).toHaveAttribute('aria-checked', 'true')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(ui(page).getByRole('switch', { name: 'Marketing' })).toHaveAttribute('aria-checked', 'true')
  await page.keyboard.press('Space')
  await expect(ui(page).getByRole('switch', { name: 'Marketing' })).toHaveAttribute('aria-checked', 'false')
  expect(await tabs(page, 5)).toEqual(['Accept all', 'Reject all', 'Save preferences', 'Close', 'category-analytics-switch'])
  await page.keyboard.press('Shift+Tab')
  expect(await active(page)).toBe('Close')
  await page.keyboard.press('Escape')
  await expect(ui(page).getByRole('dialog')).toHaveCount(0)
  await expect(ui(page).locator('section')).toBeVisible()
  expect(await active(page)).toBe('Manage preferences')
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(ui(page).locator('section')).toHaveCount(0)
  expect(await page.evaluate(() => (window as any).Consentry.init({ categories: {} }).get().method)).toBe('accept-all')
  // The button that had focus is gone: focus goes to the floating button, not to <body>.
  await expect(ui(page).getByRole('button', { name: 'Privacy settings' })).toBeFocused()
})

test('focus stays in the open dialog when the page is clicked', async ({ page, server }) => {
  await page.goto(server.page('/', html({ config, body: '<button id="page">page</button>' })))
  await ui(page).getByRole('button', { name: 'Manage preferences' }).click()
  await page.evaluate(() => document.getElementById('page')!.focus())
  expect(await active(page)).toBe('category-analytics-switch')
})

test('focus is visible on every control', async ({ page, server }) => {
  await page.goto(server.page('/', html({ config })))
  await expect(ui(page).locator('section')).toBeVisible()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  const outline = await ui(page).getByRole('button', { name: 'Accept all' }).evaluate(e => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).outlineWidth)
  expect(outline).toBe('solid 3px')
})

test('a site themes the UI with custom properties on the host, and the scan sees inside the shadow root', async ({ page, server }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(server.page('/', html({ config, head: '<style>#consentry-root{--consentry-accent:#bbb;--consentry-radius:0px}</style>' })))
  const accept = ui(page).getByRole('button', { name: 'Accept all' })
  expect(await accept.evaluate(e => getComputedStyle(e).color + ' ' + getComputedStyle(e).borderTopColor + ' ' + getComputedStyle(e).borderRadius)).toBe('rgb(187, 187, 187) rgb(187, 187, 187) 0px')
  expect((await scan(page)).some(v => v.startsWith('color-contrast'))).toBe(true)
})

test('no focused page element is hidden under the bar (WCAG 2.2 SC 2.4.11), on a 320 px phone', async ({ page, server }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  const links = Array.from({ length: 32 }, (_, i) => `<p><a href="#l${i}">Link ${i}</a> and some text around it.</p>`).join('')
  await page.goto(server.page('/', html({ config, body: `<main>${links}</main>` })))
  const bar = ui(page).locator('section')
  await expect(bar).toBeVisible()
  // Past the banner's own controls, into the page's links, one by one to the last.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab')
  for (let i = 0; i < 32; i++) {
    await page.keyboard.press('Tab')
    const [link, top] = await Promise.all([
      page.evaluate(() => { const r = document.activeElement!.getBoundingClientRect(); return { text: document.activeElement!.textContent, top: r.top, bottom: r.bottom } }),
      bar.evaluate(e => e.getBoundingClientRect().top)
    ])
    expect(link.text).toBe(`Link ${i}`)
    // Not even partly covered: 2.4.12 as well.
    expect(link.bottom, `Link ${i} ends at ${link.bottom}, the bar starts at ${top}`).toBeLessThanOrEqual(top)
  }
})

test('the banner is announced when it appears: a status message with its heading', async ({ page, server }) => {
  await page.goto(server.page('/', html({ config })))
  const status = ui(page).getByRole('status')
  await expect(status).toHaveText('We value your privacy')
  await ui(page).getByRole('button', { name: 'Reject all' }).click()
  await expect(status).toHaveText('')
})

test('in forced-colors mode (Windows high contrast) every switch state stays visible: on, off, locked, focused', async ({ page, server }) => {
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' })
  await page.goto(server.page('/', html({ config })))
  await ui(page).getByRole('button', { name: 'Manage preferences' }).click()
  await ui(page).getByRole('switch', { name: 'Analytics' }).click()
  const look = (name: string) => ui(page).getByRole('switch', { name }).evaluate(e => {
    const s = getComputedStyle(e)
    const knob = getComputedStyle(e, '::after')
    return `${s.backgroundColor} ${s.borderTopColor} knob ${knob.backgroundColor} at ${knob.insetInlineStart}`
  })
  const [on, off, locked] = [await look('Analytics'), await look('Marketing'), await look('Necessary')]
  expect(new Set([on, off, locked]).size).toBe(3)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Shift+Tab')
  expect(await ui(page).getByRole('switch', { name: 'Analytics' }).evaluate(e => getComputedStyle(e).outlineStyle)).toBe('solid')
})

test('a right-to-left language a site adds is laid out right to left', async ({ page, server }) => {
  const translations = { ar: { title: 'نحن نحترم خصوصيتك', acceptAll: 'قبول الكل', rejectAll: 'رفض الكل', manage: 'إدارة التفضيلات' } }
  await page.goto(server.page('/', html({ config: { ...config, language: 'ar', translations } })))
  await expect(ui(page).getByRole('button', { name: 'قبول الكل' })).toBeVisible()
  await expect(page.locator('#consentry-root')).toHaveAttribute('dir', 'rtl')
  const [accept, reject] = await Promise.all(['قبول الكل', 'رفض الكل'].map(name => ui(page).getByRole('button', { name }).boundingBox()))
  expect(accept!.x).toBeGreaterThan(reject!.x)
})
