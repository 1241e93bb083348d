import { createHash } from 'node:crypto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ConsentryConfig } from '../../src/config'
import { HOST_ID } from '../../src/floating'
import { sha256 } from '../../src/ui'
import { clearPage, makeCore, setGpc, until } from '../fixtures/core'

const categories = { necessary: { required: true }, analytics: {}, marketing: {} }
const hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
const make = (extra: Partial<ConsentryConfig> = {}) => makeCore({ categories, privacyPolicyUrl: '/privacy', language: 'en', ...extra })

afterEach(() => {
  document.getElementById(HOST_ID)?.remove()
  clearPage()
})

describe('the notice text', () => {
  it('lists every string of banner then dialog in reading order, the policy URL after its label', async () => {
    expect((await make().manager.notice()).text.split('\n')).toEqual([
      'We value your privacy',
      'We use cookies and similar technologies to run this site and, if you agree, to measure visits and show relevant ads. You can change your choice at any time.',
      'Privacy policy', '/privacy',
      'Accept all', 'Reject all', 'Manage preferences',
      'Privacy preferences',
      'Choose what you allow. Necessary cookies keep the site working and are always on.',
      'Necessary', 'Always on', 'Cart, sign-in, security and this choice.',
      'Analytics', 'Counts visits so we can improve the site.', 'Kept for', '365 days',
      'Marketing', 'Relevant ads here and on other sites.', 'Kept for', '365 days',
      'Accept all', 'Reject all', 'Save preferences', 'Close'
    ])
  })

  it('lists what each category covers: cookies, storage, services, who receives the data, how long a choice lasts', async () => {
    const text = (await make({ categories: { analytics: { cookies: ['_ga', /^_gid$/], storage: ['ana:*'], hosts: ['stats.example'], vendors: ['Stats Inc.'] } }, expiresDays: 180 }).manager.notice()).text
    expect(text).toContain('\nCookies\n_ga, /^_gid$/\nStorage\nana:*\nServices\nstats.example\nShared with\nStats Inc.\nKept for\n180 days\n')
  })

  it('says how long a choice lasts in the plural form of the language shown, without loading Intl.NumberFormat\'s locale data', async () => {
    const numberFormat = vi.spyOn(Intl, 'NumberFormat')
    const lasts = async (language: string, expiresDays: number, translations = {}) =>
      (await make({ language, expiresDays, translations, categories: { analytics: {} } }).manager.notice()).text.split('\n').at(-5)
    expect(await lasts('en', 1)).toBe('1 day')
    expect(await lasts('cs', 1)).toBe('1 den')
    expect(await lasts('cs', 3)).toBe('3 dny')
    expect(await lasts('cs', 365)).toBe('365 dnů')
    expect(await lasts('pl', 22)).toBe('22 dni')
    expect(await lasts('ro', 20)).toBe('20 de zile')
    expect(await lasts('ar', 3, { ar: { title: 'خصوصيتك', days: { one: 'يوم واحد', few: '{n} أيام', other: '{n} يومًا' } } })).toBe('3 أيام')
    expect(numberFormat).not.toHaveBeenCalled()
    numberFormat.mockRestore()
  })

  it('in an opt-out jurisdiction (US) is the notice and the dialog, and says so when GPC was honoured', async () => {
    setGpc(true)
    try {
      const text = (await make({ jurisdiction: 'US-CA' }).manager.notice()).text.split('\n')
      expect(text.slice(0, 6)).toEqual([
        'Your privacy choices',
        expect.stringMatching(/may count as a sale or sharing of personal information/),
        'Your browser sent a Global Privacy Control signal, and we have honored it: we do not sell or share your personal information.',
        'Privacy policy', '/privacy', 'Do Not Sell or Share My Personal Information'
      ])
      expect(text).not.toContain('We value your privacy')
    } finally {
      setGpc(undefined)
    }
  })

  it('with an age gate holds the age question, the minor\'s note, the banner and the guardian\'s note; with a sensitive category its confirmation', async () => {
    const text = (await make({ ageGate: 14, categories: { ...categories, location: { sensitive: true } } }).manager.notice()).text
    for (const line of ['How old are you?', 'I am 14 or older', 'I am under 14', 'I am a parent or guardian', 'We value your privacy',
      'You are choosing as the parent or guardian of a child under 14.', 'Sensitive data', 'I give my separate consent', 'Keep it off']) {
      expect(text.split('\n')).toContain(line)
    }
  })

  it('is exactly the text the banner and the dialog render, in the same order', async () => {
    const core = make({ categories: { ...categories, loyalty: {} }, translations: { en: { text: 'See [terms](/terms).' } } })
    core.manager.showPreferences()
    await until(() => document.getElementById(HOST_ID)?.shadowRoot?.querySelector('[role=dialog]'), 'the dialog')
    const root = document.getElementById(HOST_ID)!.shadowRoot!
    // Banner (hidden under the dialog) and dialog, in document order; a link counts as its label and its URL.
    const rendered = Array.from(root.querySelectorAll('.title, .text, .policy a, .category-title, .badge, .category-text, dt, dd, button'))
      .flatMap(e => e.matches('.policy a') ? [e.textContent, e.getAttribute('href')] : [e.getAttribute('aria-label') || e.textContent])
      .filter(t => t && t != '')
    const shown = (await core.manager.notice()).text.split('\n').map(t => t.replace('[terms](/terms)', 'terms'))
    expect(rendered).toEqual(shown)
  })

  it('follows the language shown and the site\'s overrides', async () => {
    const zh = await make({ language: 'zh-CN', translations: { 'zh-CN': { title: '隐私说明' } } }).manager.notice()
    expect(zh.language).toBe('zh-CN')
    expect(zh.text.split('\n').slice(0, 1)).toEqual(['隐私说明'])
    expect(zh.text).toContain('\n全部接受\n全部拒绝\n管理偏好设置\n')
  })
})

describe('the notice hash', () => {
  it('is the SHA-256 hex of the UTF-8 text, ready before anything is shown, and the same on every call', async () => {
    const { manager } = make({ language: 'zh-CN' })
    const notice = await manager.notice()
    expect(notice.hash).toBe(hex(notice.text))
    expect(await manager.notice()).toBe(notice)
    expect(document.getElementById(HOST_ID)).toBeNull()
  })

  it('changes when any shown string changes', async () => {
    const a = await make().manager.notice()
    const b = await make({ translations: { en: { categories: { analytics: { description: 'Other.' } } } } }).manager.notice()
    expect(a.hash).not.toBe(b.hash)
  })

  it('is null without Web Crypto', async () => {
    vi.stubGlobal('crypto', {})
    expect(await sha256('x')).toBeNull()
    vi.unstubAllGlobals()
    expect(await sha256('abc')).toBe(hex('abc'))
  })
})
