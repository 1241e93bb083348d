import { createHash } from 'node:crypto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { type ConsentryConfig, normalizeConfig } from '../../src/config'
import { loadTexts } from '../../src/i18n'
import { buildContent, createUi, HOST_ID, noticeText, sha256 } from '../../src/ui'
import { makeCore } from '../fixtures/core'

const categories = { necessary: { required: true }, analytics: {}, marketing: {} }
const config = (extra: Partial<ConsentryConfig> = {}) => normalizeConfig({ categories, privacyPolicyUrl: '/privacy', language: 'en', ...extra })
const hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
const uiFor = (extra: Partial<ConsentryConfig> = {}) => createUi(makeCore(config(extra), null, {}, 's'))

afterEach(() => document.getElementById(HOST_ID)?.remove())

describe('the notice text', () => {
  it('lists every string of banner then dialog in reading order', () => {
    expect(noticeText(buildContent(config(), loadTexts(config()))).split('\n')).toEqual([
      'We value your privacy',
      'We use cookies and similar technologies to run this site and, if you agree, to measure visits and show relevant ads. You can change your choice at any time.',
      'Privacy policy',
      'Accept all', 'Reject all', 'Manage preferences',
      'Privacy preferences',
      'Choose what you allow. Necessary cookies keep the site working and are always on.',
      'Necessary', 'Cart, sign-in, security and this choice.', 'Always on',
      'Analytics', 'Counts visits so we can improve the site.',
      'Marketing', 'Relevant ads here and on other sites.',
      'Accept all', 'Reject all', 'Save preferences', 'Close'
    ])
  })

  it('is exactly the text the banner and the dialog render, in the same order', async () => {
    const ui = uiFor({ categories: { ...categories, loyalty: {} }, translations: { en: { text: 'See [terms](/terms).' } } })
    ui.showBanner()
    ui.showPreferences()
    const root = document.getElementById(HOST_ID)!.shadowRoot!
    const rendered = Array.from(root.querySelectorAll('h2, p, label, button'), e => e.getAttribute('aria-label') || e.textContent)
      .filter(Boolean).flatMap(t => t!.split(' Always on').length > 1 ? [t!.split(' Always on')[0], 'Always on'] : [t])
    const shown = (await ui.notice()).text.split('\n').map(t => t.replace('[terms](/terms)', 'terms'))
    expect(rendered).toEqual(shown)
  })

  it('follows the language shown and the site\'s overrides', async () => {
    const zh = await uiFor({ language: 'zh-CN', translations: { 'zh-CN': { title: '隐私说明' } } }).notice()
    expect(zh.language).toBe('zh-CN')
    expect(zh.text.split('\n').slice(0, 1)).toEqual(['隐私说明'])
    expect(zh.text).toContain('\n接受全部\n拒绝全部\n管理偏好设置\n')
  })
})

describe('the notice hash', () => {
  it('is the SHA-256 hex of the UTF-8 text, ready before anything is shown, and the same on every call', async () => {
    const ui = uiFor({ language: 'zh-CN' })
    const notice = await ui.notice()
    expect(notice.hash).toBe(hex(notice.text))
    expect(await ui.notice()).toBe(notice)
    expect(document.getElementById(HOST_ID)).toBeNull()
  })

  it('changes when any shown string changes', async () => {
    const a = await uiFor().notice()
    const b = await uiFor({ translations: { en: { categories: { analytics: { description: 'Other.' } } } } }).notice()
    expect(a.hash).not.toBe(b.hash)
  })

  it('is null without Web Crypto', async () => {
    vi.stubGlobal('crypto', {})
    expect(await sha256('x')).toBeNull()
    vi.unstubAllGlobals()
    expect(await sha256('abc')).toBe(hex('abc'))
  })
})
