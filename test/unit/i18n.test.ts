import { afterEach, describe, expect, it, vi } from 'vitest'
import { normalizeConfig } from '../../src/config'
import { categoryText, loadTexts, matchLanguage, pickLanguage } from '../../src/i18n'

const categories = { necessary: { required: true }, analytics: {}, marketing: {}, loyalty: {} }
const texts = (extra: Record<string, unknown> = {}) => loadTexts(normalizeConfig({ categories, ...extra } as any))
const setLanguages = (lang: string, languages: string[]) => {
  document.documentElement.lang = lang
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages)
}
afterEach(() => { document.documentElement.lang = '' })

describe('choosing the language', () => {
  it.each([
    ['zh', 'zh-CN'], ['zh-CN', 'zh-CN'], ['zh-cn', 'zh-CN'], ['zh-Hans', 'zh-CN'], ['zh-Hans-CN', 'zh-CN'], ['zh-SG', 'zh-CN'],
    ['en', 'en'], ['en-GB', 'en'], ['EN-us', 'en'], ['zh-TW', undefined], ['zh-Hant', undefined], ['de', undefined]
  ])('matches %s to %s', (tag, expected) => {
    expect(matchLanguage(tag, ['en', 'zh-CN'])).toBe(expected)
  })

  it('matches a language the translations add, by full tag or primary language', () => {
    expect(matchLanguage('fr-CA', ['en', 'zh-CN', 'fr'])).toBe('fr')
    expect(matchLanguage('de-AT', ['en', 'zh-CN', 'de-AT'])).toBe('de-AT')
  })

  it("'auto' takes <html lang> first, then navigator.languages in order, then nothing", () => {
    setLanguages('zh-CN', ['en-US'])
    expect(pickLanguage('auto', ['en', 'zh-CN'])).toBe('zh-CN')
    setLanguages('', ['de-DE', 'zh-Hans-CN', 'en'])
    expect(pickLanguage('auto', ['en', 'zh-CN'])).toBe('zh-CN')
    setLanguages('de', ['fr', 'ja'])
    expect(pickLanguage('auto', ['en', 'zh-CN'])).toBeUndefined()
  })

  it('falls back to English for auto with no match, and warns for a configured language with no strings', () => {
    setLanguages('de', ['fr'])
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(texts().language).toBe('en')
    expect(warn).not.toHaveBeenCalled()
    expect(texts({ language: 'it' }).strings.acceptAll).toBe('Accept all')
    expect(warn.mock.calls[0][0]).toContain('language "it" has no strings')
  })
})

describe('the strings', () => {
  it('has the exact English labels and natural Chinese ones', () => {
    const en = texts({ language: 'en' }).strings
    const zh = texts({ language: 'zh-CN' }).strings
    expect([en.acceptAll, en.rejectAll, en.manage, en.save, en.policy]).toEqual(['Accept all', 'Reject all', 'Manage preferences', 'Save preferences', 'Privacy policy'])
    expect([zh.acceptAll, zh.rejectAll, zh.manage, zh.save, zh.policy]).toEqual(['接受全部', '拒绝全部', '管理偏好设置', '保存设置', '隐私政策'])
    expect(['necessary', 'analytics', 'marketing', 'preferences', 'functional'].map(c => categoryText(zh, c).title)).toEqual(['必要', '分析', '营销', '偏好', '功能'])
  })

  it('overrides any string and any category text, keeping the rest (deep merge)', () => {
    const { strings } = texts({
      language: 'zh-CN',
      translations: { 'zh-CN': { acceptAll: '全部同意', categories: { analytics: { title: '统计' }, loyalty: { title: '会员', description: '积分' } } } }
    })
    expect([strings.acceptAll, strings.rejectAll]).toEqual(['全部同意', '拒绝全部'])
    expect(categoryText(strings, 'analytics')).toEqual({ title: '统计', description: '统计访问情况，帮助我们改进网站。' })
    expect(categoryText(strings, 'loyalty')).toEqual({ title: '会员', description: '积分' })
  })

  it('adds a language, filling missing strings from English (and its overrides)', () => {
    setLanguages('fr-FR', [])
    const t = texts({ translations: { fr: { acceptAll: 'Tout accepter' }, en: { rejectAll: 'Decline all' } } })
    expect(t.language).toBe('fr')
    expect([t.strings.acceptAll, t.strings.rejectAll, t.strings.manage]).toEqual(['Tout accepter', 'Decline all', 'Manage preferences'])
  })

  it('applies translations written with another case of the tag', () => {
    expect(texts({ language: 'zh-CN', translations: { 'zh-cn': { save: '保存' } } }).strings.save).toBe('保存')
  })

  it('shows a category with no title as its key, capitalised', () => {
    expect(categoryText(texts().strings, 'loyalty')).toEqual({ title: 'Loyalty', description: '' })
  })

  it('names every unknown translation key in an error and ignores it', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const t = texts({
      language: 'en',
      translations: { en: { acceptAl: 'x', toString: 'x', save: 'Keep', categories: { analytcs: { title: 'x' }, marketing: { titel: 'x' } } } }
    })
    expect(error.mock.calls.map(c => String(c[0]).split(' ')[1])).toEqual([
      '"translations.en.acceptAl"', '"translations.en.toString"', '"translations.en.categories.analytcs"', '"translations.en.categories.marketing"'
    ])
    expect(t.strings.save).toBe('Keep')
    expect(categoryText(t.strings, 'marketing').title).toBe('Marketing')
  })
})
