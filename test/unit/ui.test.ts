import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ConsentryConfig } from '../../src/config'
import { HOST_ID, startFloatingButton } from '../../src/floating'
import type { Core, Decision } from '../../src/manager'
import { clearPage, decided, makeCore, setGpc, settle, type TestCore, until } from '../fixtures/core'

const categories = { necessary: { required: true }, analytics: {}, marketing: {} }

/** A core with the built-in UI (shown through the core's view, as the manager shows it) and the floating button. */
function make(extra: Partial<ConsentryConfig> = {}, stored: Decision | null = null): TestCore {
  const core = makeCore({ categories, language: 'en', privacyPolicyUrl: '/privacy', ...extra }, { stored })
  startFloatingButton(core, core.root)
  return core
}
const root = () => document.getElementById(HOST_ID)!.shadowRoot!
const $ = (selector: string) => document.getElementById(HOST_ID)?.shadowRoot!.querySelector<HTMLElement>(selector) ?? null
const $$ = (selector: string) => Array.from(root().querySelectorAll<HTMLElement>(selector))
const labels = (selector: string) => $$(selector).map(e => e.textContent)
const button = (name: string) => $$('button').find(b => b.textContent == name && !b.hidden)
const switches = () => $$('[role=switch]').map(s => [root().getElementById(s.getAttribute('aria-labelledby')!)!.textContent, s.getAttribute('aria-checked'), (s as HTMLButtonElement).disabled])
const key = (k: string, shiftKey = false) => root().activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, cancelable: true }))
/** Shows a layer and waits until it is rendered. */
async function show(core: Core, layer: 'banner' | 'preferences') {
  core.show(layer)
  await until(() => $(layer == 'banner' ? 'section:not([hidden])' : '[role=dialog]'), layer)
}
const gone = (selector: string) => until(() => !$(selector), `${selector} to go`)

afterEach(() => {
  document.getElementById(HOST_ID)?.remove()
  clearPage()
})

describe('the banner', () => {
  it('renders nothing until asked, then a labelled region with text, the policy link and three equal buttons', async () => {
    const core = make()
    await settle()
    expect(document.getElementById(HOST_ID)).toBeNull()
    await show(core, 'banner')
    const region = $('section')!
    expect(root().getElementById(region.getAttribute('aria-labelledby')!)!.textContent).toBe('We value your privacy')
    expect(root().getElementById(region.getAttribute('aria-describedby')!)!.textContent).toMatch(/^We use cookies/)
    expect($('section a')!.getAttribute('href')).toBe('/privacy')
    expect(labels('section button')).toEqual(['Accept all', 'Reject all', 'Manage preferences'])
    expect(new Set($$('section button').map(b => b.className)).size).toBe(1)
  })

  it('uses the bar layout by default and the box layout when configured', async () => {
    await show(make(), 'banner')
    expect($('section')!.className).toBe('banner bar')
    document.getElementById(HOST_ID)!.remove()
    await show(make({ ui: { layout: 'box' } }), 'banner')
    expect($('section')!.className).toBe('banner box')
  })

  it.each([['Accept all', 'accept-all', true], ['Reject all', 'reject-all', false]] as const)('%s decides from the banner and hides it', async (name, method, analytics) => {
    const core = make()
    await show(core, 'banner')
    button(name)!.click()
    expect(core.manager.get()).toMatchObject({ method, categories: { necessary: true, analytics, marketing: analytics } })
    await gone('section')
  })

  it('hides when the site decides through the API', async () => {
    const core = make()
    await show(core, 'banner')
    await core.manager.acceptAll()
    await gone('section')
  })

  it('lets the page be read in the language shown, right to left where it is written so', async () => {
    await show(make({ language: 'ar', translations: { ar: { title: 'نحن نحترم خصوصيتك' } } }), 'banner')
    const host = document.getElementById(HOST_ID)!
    expect([host.getAttribute('lang'), host.getAttribute('dir'), $('.title')!.textContent]).toEqual(['ar', 'rtl', 'نحن نحترم خصوصيتك'])
  })
})

describe('the preferences dialog', () => {
  it('is a labelled modal dialog with one switch per category, nothing pre-enabled on a first visit', async () => {
    await show(make(), 'preferences')
    const dialog = $('[role=dialog]')!
    expect([dialog.getAttribute('aria-modal'), root().getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent]).toEqual(['true', 'Privacy preferences'])
    expect(switches()).toEqual([['Necessary', 'true', true], ['Analytics', 'false', false], ['Marketing', 'false', false]])
    expect(labels('[role=dialog] .actions button')).toEqual(['Accept all', 'Reject all', 'Save preferences'])
    expect(root().activeElement!.id).toBe('category-analytics-switch')
  })

  it('names each switch by the title alone; the "Always on" badge describes the locked one', async () => {
    await show(make(), 'preferences')
    const locked = $('#category-necessary-switch')!
    expect(locked.getAttribute('aria-describedby')!.split(' ').map(id => root().getElementById(id)!.textContent))
      .toEqual(['Always on', 'Cart, sign-in, security and this choice.'])
  })

  it('shows a stored decision and saves exactly the switches, recorded as made in the dialog', async () => {
    const core = make({}, decided({ necessary: true, analytics: true, marketing: false }))
    await show(core, 'preferences')
    expect(switches().map(s => s[1])).toEqual(['true', 'true', 'false'])
    $('#category-analytics-switch')!.click()
    $('#category-marketing-switch')!.focus()
    $('#category-marketing-switch')!.click()
    await until(() => switches()[2][1] == 'true', 'the switch')
    expect(switches().map(s => s[1])).toEqual(['true', 'false', 'true'])
    expect(root().activeElement).toBe($('#category-marketing-switch'))
    button('Save preferences')!.click()
    expect(core.manager.get()).toMatchObject({ method: 'custom', categories: { necessary: true, analytics: false, marketing: true } })
    await gone('[role=dialog]')
  })

  it('Manage preferences opens it from the banner; Escape goes back to the banner and its button', async () => {
    const core = make()
    await show(core, 'banner')
    button('Manage preferences')!.focus()
    button('Manage preferences')!.click()
    await until(() => $('[role=dialog]'), 'the dialog')
    expect($('section')!.hidden).toBe(true)
    key('Escape')
    await gone('[role=dialog]')
    expect($('section')!.hidden).toBe(false)
    expect(root().activeElement!.textContent).toBe('Manage preferences')
  })

  it('Escape with a decision closes everything, and the close button does the same', async () => {
    const core = make({}, decided({ necessary: true, analytics: false, marketing: false }))
    await show(core, 'preferences')
    key('Escape')
    await gone('[role=dialog]')
    expect($('section')).toBeNull()
    await show(core, 'preferences')
    $('.close')!.click()
    await gone('[role=dialog]')
    expect([$('section'), core.view.get().layer]).toEqual([null, null])
  })

  it('Escape closes the dialog also when focus left it, after a click on the backdrop', async () => {
    await show(make({}, decided({ necessary: true, analytics: false, marketing: false })), 'preferences')
    ;(root().activeElement as HTMLElement).blur()
    expect(document.activeElement).toBe(document.body)
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    await gone('[role=dialog]')
  })

  it('traps Tab inside the dialog', async () => {
    await show(make(), 'preferences')
    key('Tab', true)
    expect(root().activeElement!.getAttribute('aria-label')).toBe('Close')
    key('Tab')
    expect(root().activeElement!.id).toBe('category-analytics-switch')
  })

  it('names a category without a title by its key and takes titles from translations', async () => {
    await show(make({ categories: { ...categories, loyalty: {} }, translations: { en: { categories: { marketing: { title: 'Ads', description: '' } } } } }), 'preferences')
    expect(switches().map(s => s[0])).toEqual(['Necessary', 'Analytics', 'Ads', 'Loyalty'])
  })

  it('says that Global Privacy Control is respected, in both layers', async () => {
    setGpc(true)
    const core = make({ language: 'zh-CN' })
    setGpc(undefined)
    await show(core, 'banner')
    expect($('section')!.textContent).toContain('全球隐私控制')
    await show(core, 'preferences')
    expect($('[role=dialog]')!.textContent).toContain('全球隐私控制')
  })
})

describe('the floating button', () => {
  it('appears once a decision exists, reopens the preferences, and decisions there are recorded as made from it', async () => {
    const core = make({ ui: { floatingButton: true } })
    await show(core, 'banner')
    expect(button('Privacy settings')).toBeUndefined()
    button('Reject all')!.click()
    ;(await until(() => button('Privacy settings'), 'the floating button')).click()
    await until(() => $('[role=dialog]'), 'the dialog')
    expect(core.view.get()).toEqual({ layer: 'preferences', origin: 'floating' })
  })

  it('with "auto" (the default) shows on a returning visit, unless the page has its own preferences link', async () => {
    make({}, decided({ necessary: true, analytics: false, marketing: false }))
    expect(await until(() => button('Privacy settings'), 'the floating button')).toBeDefined()
    document.getElementById(HOST_ID)!.remove()
    document.body.innerHTML = '<a href="#" data-consentry="preferences">Cookie settings</a>'
    make({}, decided({ necessary: true, analytics: false, marketing: false }))
    await settle()
    expect(document.getElementById(HOST_ID)).toBeNull()
  })

  it('never shows with floatingButton: false', async () => {
    make({ ui: { floatingButton: false } }, decided({ necessary: true, analytics: false, marketing: false }))
    await settle()
    expect(document.getElementById(HOST_ID)).toBeNull()
  })

  it('takes its label from what the UI last showed in the page\'s language, without the UI', async () => {
    await show(make({ language: 'zh-CN' }), 'banner')
    document.getElementById(HOST_ID)!.remove()
    make({ language: 'zh-CN' }, decided({ necessary: true, analytics: false, marketing: false }))
    expect((await until(() => $('.floating'), 'the floating button')).textContent).toBe('隐私设置')
  })

  it('takes the site\'s current label over a stored one, and English from the core itself', async () => {
    localStorage.setItem('consentry.labels', JSON.stringify({ de: 'Alte Einstellungen', en: 'Old settings' }))
    make({ language: 'de', translations: { de: { settings: 'Datenschutz-Einstellungen' } } }, decided({ necessary: true, analytics: false, marketing: false }))
    expect((await until(() => $('.floating'), 'the floating button')).textContent).toBe('Datenschutz-Einstellungen')
    document.getElementById(HOST_ID)!.remove()
    make({ language: 'en' }, decided({ necessary: true, analytics: false, marketing: false }))
    expect((await until(() => $('.floating'), 'the floating button')).textContent).toBe('Privacy settings')
    document.getElementById(HOST_ID)!.remove()
    make({ language: 'en-GB', translations: { en: { settings: 'Cookie settings' } } }, decided({ necessary: true, analytics: false, marketing: false }))
    expect((await until(() => $('.floating'), 'the floating button')).textContent).toBe('Cookie settings')
  })

  it('is in the language the banner picks: a browser language further down the list, Traditional Chinese for Hong Kong', async () => {
    const speaks = (...languages: string[]) => Object.defineProperty(navigator, 'languages', { value: languages, configurable: true })
    const returning = (config: Partial<ConsentryConfig> = { language: 'auto' }) => {
      document.getElementById(HOST_ID)?.remove()
      make(config, decided({ necessary: true, analytics: false, marketing: false }))
      return until(() => $('.floating')?.textContent, 'the floating button')
    }
    try {
      // Basque is not served, French is: the banner and then the button are French.
      speaks('eu', 'fr')
      await show(make({ language: 'auto' }), 'banner')
      expect($('section')!.textContent).toContain('Tout accepter')
      expect(await returning()).toBe('Paramètres de confidentialité')
      // Both Chinese scripts shown before; a Hong Kong page is Traditional, as its banner.
      for (const language of ['zh-CN', 'zh-TW']) {
        document.getElementById(HOST_ID)!.remove()
        await show(make({ language }), 'banner')
      }
      speaks('zh-CN')
      expect(await returning({ language: 'zh-HK' })).toBe('隱私設定')
    } finally {
      delete (navigator as { languages?: readonly string[] }).languages
    }
  })

  it('is the label the UI showed, in English too', async () => {
    const core = make({ language: 'en-GB', translations: { en: { settings: 'Cookie settings' } } })
    await show(core, 'banner')
    await core.manager.acceptAll()
    expect((await until(() => $('.floating'), 'the floating button')).textContent).toBe('Cookie settings')
  })
})

describe('styles', () => {
  it('uses constructable stylesheets and no inline style attribute', async () => {
    const core = make({ ui: { floatingButton: true } })
    await show(core, 'banner')
    await show(core, 'preferences')
    expect(root().adoptedStyleSheets.length).toBe(2)
    expect(root().querySelector('style')).toBeNull()
    expect(root().querySelectorAll('[style]').length).toBe(0)
  })

  it('falls back to <style> elements without constructable stylesheets', async () => {
    vi.stubGlobal('CSSStyleSheet', undefined)
    await show(make(), 'banner')
    vi.unstubAllGlobals()
    expect(Array.from(root().querySelectorAll('style'), s => s.textContent).join('')).toContain('--consentry-accent')
  })

  it('takes the theme from the config, light by default', async () => {
    await show(make(), 'banner')
    expect(document.getElementById(HOST_ID)!.getAttribute('theme')).toBe('light')
    document.getElementById(HOST_ID)!.remove()
    await show(make({ ui: { theme: 'dark' } }), 'banner')
    expect(document.getElementById(HOST_ID)!.getAttribute('theme')).toBe('dark')
  })
})
