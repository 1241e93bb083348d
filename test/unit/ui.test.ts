import { afterEach, describe, expect, it, vi } from 'vitest'
import { type ConsentryConfig, normalizeConfig } from '../../src/config'
import { type Decision, type Ui } from '../../src/manager'
import { createUi, HOST_ID } from '../../src/ui'
import { makeCore } from '../fixtures/core'

const categories = { necessary: { required: true }, analytics: {}, marketing: {} }
let ui: Ui | undefined

function make(extra: Partial<ConsentryConfig> = {}, initial: Decision | null = null) {
  const core = makeCore(normalizeConfig({ categories, language: 'en', privacyPolicyUrl: '/privacy', ...extra }), initial, {}, 's')
  ui = createUi(core)
  return { manager: core.manager, ui }
}
const root = () => document.getElementById(HOST_ID)!.shadowRoot!
const $ = (selector: string) => root().querySelector<HTMLElement>(selector)
const $$ = (selector: string) => Array.from(root().querySelectorAll<HTMLElement>(selector))
const labels = (selector: string) => $$(selector).map(e => e.textContent)
const button = (name: string) => $$('button').find(b => b.textContent == name)!
const switches = () => $$('[role=switch]').map(s => [root().getElementById(s.getAttribute('aria-labelledby')!)!.textContent, s.getAttribute('aria-checked'), (s as HTMLButtonElement).disabled])
const key = (k: string, shiftKey = false) => root().activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, cancelable: true }))
const stored = (categories: Record<string, boolean>): Decision => ({ id: 'i', subjectId: 's', revision: 1, categories, method: 'custom', timestamp: '' })

afterEach(() => {
  ui?.hide()
  document.getElementById(HOST_ID)?.remove()
})

describe('the banner', () => {
  it('renders nothing until asked, then a labelled region with text, the policy link and three buttons', () => {
    make().ui.showBanner()
    expect($('section')!.getAttribute('aria-labelledby')).toBe('bt')
    expect($('#bt')!.textContent).toBe('We value your privacy')
    expect($('#bd0')!.textContent).toMatch(/^We use cookies/)
    expect($('section a')!.getAttribute('href')).toBe('/privacy')
    expect(labels('section button')).toEqual(['Accept all', 'Reject all', 'Manage preferences'])
    expect(new Set($$('section button').map(b => b.className)).size).toBe(1)
  })

  it('uses the bar layout by default and the box layout when configured', () => {
    make().ui.showBanner()
    expect($('section')!.className).toBe('b bar')
    document.getElementById(HOST_ID)!.remove()
    make({ ui: { layout: 'box' } }).ui.showBanner()
    expect($('section')!.className).toBe('b box')
  })

  it.each([['Accept all', 'accept-all', true], ['Reject all', 'reject-all', false]] as const)('%s decides and hides', (name, method, analytics) => {
    const { manager, ui } = make()
    ui.showBanner()
    button(name).click()
    expect(manager.get()).toMatchObject({ method, categories: { necessary: true, analytics, marketing: analytics } })
    expect($('section')).toBeNull()
  })

  it('hides when the site decides through the API', () => {
    const { manager, ui } = make()
    ui.showBanner()
    manager.acceptAll()
    expect($('section')).toBeNull()
  })
})

describe('the preferences dialog', () => {
  it('is a labelled modal dialog with one switch per category, nothing pre-enabled on a first visit', () => {
    make().ui.showPreferences()
    const dialog = $('[role=dialog]')!
    expect([dialog.getAttribute('aria-modal'), root().getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent]).toEqual(['true', 'Privacy preferences'])
    expect(switches()).toEqual([['Necessary', 'true', true], ['Analytics', 'false', false], ['Marketing', 'false', false]])
    expect(labels('[role=dialog] .n')).toEqual(['Accept all', 'Reject all', 'Save preferences'])
    expect(root().activeElement!.id).toBe('s-analytics')
  })

  it('shows a stored decision and saves exactly the switches', () => {
    const { manager, ui } = make({}, stored({ necessary: true, analytics: true, marketing: false }))
    ui.showPreferences()
    expect(switches().map(s => s[1])).toEqual(['true', 'true', 'false'])
    $('#s-analytics')!.click()
    $('#s-marketing')!.focus()
    $('#s-marketing')!.click()
    expect(switches().map(s => s[1])).toEqual(['true', 'false', 'true'])
    expect(root().activeElement).toBe($('#s-marketing'))
    const update = vi.spyOn(manager, 'update')
    button('Save preferences').click()
    expect(update).toHaveBeenCalledWith({ analytics: false, marketing: true })
    expect($('[role=dialog]')).toBeNull()
  })

  it('Manage preferences opens it from the banner; Escape goes back to the banner and its button', () => {
    make().ui.showBanner()
    button('Manage preferences').click()
    expect($('section')!.hidden).toBe(true)
    key('Escape')
    expect($('[role=dialog]')).toBeNull()
    expect($('section')!.hidden).toBe(false)
    expect(root().activeElement!.textContent).toBe('Manage preferences')
  })

  it('Escape with a decision closes everything and the close button does the same', () => {
    const { ui } = make({}, stored({ necessary: true, analytics: false, marketing: false }))
    ui.showPreferences()
    key('Escape')
    expect([$('[role=dialog]'), $('section')]).toEqual([null, null])
    ui.showPreferences()
    $('.x')!.click()
    expect([$('[role=dialog]'), $('section')]).toEqual([null, null])
  })

  it('Escape closes the dialog also when focus left it, after a click on the backdrop', () => {
    make({}, stored({ necessary: true, analytics: false, marketing: false })).ui.showPreferences()
    ;(root().activeElement as HTMLElement).blur()
    expect(document.activeElement).toBe(document.body)
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    expect($('[role=dialog]')).toBeNull()
  })

  it('traps Tab inside the dialog', () => {
    make().ui.showPreferences()
    key('Tab', true)
    expect(root().activeElement!.getAttribute('aria-label')).toBe('Close')
    key('Tab')
    expect(root().activeElement!.id).toBe('s-analytics')
  })

  it('names a category without a title by its key and takes titles from translations', () => {
    make({ categories: { ...categories, loyalty: {} }, translations: { en: { categories: { marketing: { title: 'Ads' } } } } }).ui.showPreferences()
    expect(switches().map(s => s[0])).toEqual(['Necessary', 'Analytics', 'Ads', 'Loyalty'])
  })

  it('says that Global Privacy Control is respected, in both layers', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true })
    const { ui } = make({ language: 'zh-CN' })
    delete (navigator as any).globalPrivacyControl
    ui.showBanner()
    expect($('section')!.textContent).toContain('全球隐私控制')
    ui.showPreferences()
    expect($('[role=dialog]')!.textContent).toContain('全球隐私控制')
  })
})

describe('the floating button', () => {
  it('appears once a decision exists and reopens the preferences', () => {
    const { ui } = make({ ui: { floatingButton: true } })
    ui.showBanner()
    expect(button('Privacy settings')).toBeUndefined()
    button('Reject all').click()
    button('Privacy settings').click()
    expect($('[role=dialog]')).not.toBeNull()
  })

  it('is absent unless configured', () => {
    make({}, stored({ necessary: true, analytics: false, marketing: false })).ui.hide()
    expect(button('Privacy settings')).toBeUndefined()
  })
})

describe('styles', () => {
  it('uses one constructable stylesheet and no inline style attribute', () => {
    const { ui } = make({ ui: { floatingButton: true } })
    ui.showBanner()
    ui.showPreferences()
    expect(root().adoptedStyleSheets.length).toBe(1)
    expect(root().querySelector('style')).toBeNull()
    expect(root().querySelectorAll('[style]').length).toBe(0)
  })

  it('falls back to a <style> element without constructable stylesheets', () => {
    vi.stubGlobal('CSSStyleSheet', undefined)
    make().ui.showBanner()
    vi.unstubAllGlobals()
    expect(root().querySelector('style')!.textContent).toContain('--consentry-accent')
  })
})
