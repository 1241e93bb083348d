import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { normalizeConfig } from '../../src/config'
import { BUILT_IN, categoryText, direction, fill, loadTexts, matchLanguage, pickLanguage } from '../../src/i18n'
import { LANGUAGE_FILES } from '../../src/i18n/files'

const categories = { necessary: { required: true }, analytics: {}, marketing: {}, loyalty: {} }
let loaded: string[] = []
/** Loads a language file as the npm build does, and notes which. */
const loadLanguage = (tag: string) => {
  loaded.push(tag)
  return LANGUAGE_FILES[tag]().then(m => m.default)
}
const texts = (extra: Record<string, unknown> = {}) => loadTexts(normalizeConfig({ categories, ...extra } as never), loadLanguage)
const setLanguages = (lang: string, languages: string[]) => {
  document.documentElement.lang = lang
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages)
}
afterEach(() => {
  document.documentElement.lang = ''
  loaded = []
})

describe('choosing the language', () => {
  it.each([
    ['zh', 'zh-CN'], ['zh-CN', 'zh-CN'], ['zh-cn', 'zh-CN'], ['zh-Hans', 'zh-CN'], ['zh-Hans-CN', 'zh-CN'], ['zh-SG', 'zh-CN'],
    ['en', 'en'], ['en-GB', 'en'], ['EN-us', 'en'], ['zh-TW', 'zh-TW'], ['zh-Hant', 'zh-TW'], ['zh-Hant-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'], ['zh-MO', 'zh-TW'], ['de-AT', 'de'], ['pt-BR', 'pt'], ['ga-IE', 'ga'], ['nb', undefined], ['ar', undefined]
  ])('matches %s to %s', (tag, expected) => {
    expect(matchLanguage(tag, BUILT_IN)).toBe(expected)
  })

  it('offers exactly the languages that have a file, and the npm build loads each of those but English', () => {
    const files = readdirSync(join(process.cwd(), 'src/i18n/lang')).map(f => f.replace(/\.ts$/, '')).sort()
    expect([...BUILT_IN].sort()).toEqual(files)
    expect(Object.keys(LANGUAGE_FILES).sort()).toEqual(files.filter(f => f != 'en'))
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
    expect(pickLanguage('auto', BUILT_IN)).toBe('de')
  })

  it('falls back to English for auto with no match, and warns for a configured language with no strings', async () => {
    setLanguages('nb', ['is'])
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect((await texts()).language).toBe('en')
    expect(warn).not.toHaveBeenCalled()
    expect((await texts({ language: 'nb' })).strings.acceptAll).toBe('Accept all')
    expect(warn.mock.calls[0][0]).toContain('language "nb" has no strings')
  })

  it('loads only the file of the language shown, and none for English', async () => {
    await texts({ language: 'en' })
    await texts({ language: 'de' })
    expect(loaded).toEqual(['de'])
  })

  it('shows English, saying why, when a language file cannot be loaded', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const t = await loadTexts(normalizeConfig({ categories, language: 'fr' }), () => Promise.reject(new Error('consentry-lang-fr.min.js from https://cdn.example/consentry-lang-fr.min.js could not be loaded.')))
    expect([t.language, t.strings.acceptAll]).toEqual(['en', 'Accept all'])
    expect(error).toHaveBeenCalledWith('[Consentry] consentry-lang-fr.min.js from https://cdn.example/consentry-lang-fr.min.js could not be loaded. English is shown instead.')
  })

  it('writes right-to-left languages right to left', () => {
    expect(['ar', 'he-IL', 'fa', 'en', 'zh-CN', 'de'].map(direction)).toEqual(['rtl', 'rtl', 'rtl', 'ltr', 'ltr', 'ltr'])
  })

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(fill('I am {age} or older {x}', { age: 14 })).toBe('I am 14 or older {x}')
  })
})

describe('the strings', () => {
  it('has the exact English labels and natural Chinese ones', async () => {
    const en = (await texts({ language: 'en' })).strings
    const zh = (await texts({ language: 'zh-CN' })).strings
    expect([en.acceptAll, en.rejectAll, en.manage, en.save, en.policy]).toEqual(['Accept all', 'Reject all', 'Manage preferences', 'Save preferences', 'Privacy policy'])
    expect([zh.acceptAll, zh.rejectAll, zh.manage, zh.save, zh.policy]).toEqual(['全部接受', '全部拒绝', '管理偏好设置', '保存设置', '隐私政策'])
    expect(['necessary', 'analytics', 'marketing', 'preferences', 'functional'].map(c => categoryText(zh, c).title)).toEqual(['必要', '分析', '营销', '偏好', '功能'])
  })

  it('overrides any string and any category text, keeping the rest (deep merge)', async () => {
    const { strings } = await texts({
      language: 'zh-CN',
      translations: { 'zh-CN': { acceptAll: '全部同意', categories: { analytics: { title: '统计' }, loyalty: { title: '会员', description: '积分' } } } }
    })
    expect([strings.acceptAll, strings.rejectAll]).toEqual(['全部同意', '全部拒绝'])
    expect(categoryText(strings, 'analytics')).toEqual({ title: '统计', description: '统计访问情况，帮助我们改进网站。' })
    expect(categoryText(strings, 'loyalty')).toEqual({ title: '会员', description: '积分' })
  })

  it('adds a language, filling missing strings from English (and its overrides)', async () => {
    setLanguages('fr-FR', [])
    const t = await texts({ translations: { eo: { acceptAll: 'Akcepti ĉiujn' }, en: { rejectAll: 'Decline all' } }, language: 'eo' })
    expect(t.language).toBe('eo')
    expect([t.strings.acceptAll, t.strings.rejectAll, t.strings.manage]).toEqual(['Akcepti ĉiujn', 'Decline all', 'Manage preferences'])
    const fr = await texts({ translations: { fr: { acceptAll: 'Oui à tout' } }, language: 'fr' })
    expect([fr.strings.acceptAll, fr.strings.rejectAll]).toEqual(['Oui à tout', 'Tout refuser'])
  })

  it('applies translations written with another case of the tag', async () => {
    expect((await texts({ language: 'zh-CN', translations: { 'zh-cn': { save: '保存' } } })).strings.save).toBe('保存')
  })

  it('shows a category with no title as its key, capitalised', async () => {
    expect(categoryText((await texts()).strings, 'loyalty')).toEqual({ title: 'Loyalty', description: '' })
  })

  it('names every unknown translation key in an error and ignores it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const t = await texts({
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
