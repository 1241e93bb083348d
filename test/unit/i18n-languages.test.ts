import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import type { Strings } from '../../src/i18n/strings'
import en from '../../src/i18n/lang/en'
import bg from '../../src/i18n/lang/bg'
import cs from '../../src/i18n/lang/cs'
import da from '../../src/i18n/lang/da'
import de from '../../src/i18n/lang/de'
import el from '../../src/i18n/lang/el'
import es from '../../src/i18n/lang/es'
import et from '../../src/i18n/lang/et'
import fi from '../../src/i18n/lang/fi'
import fr from '../../src/i18n/lang/fr'
import ga from '../../src/i18n/lang/ga'
import hr from '../../src/i18n/lang/hr'
import hu from '../../src/i18n/lang/hu'
import itLang from '../../src/i18n/lang/it'
import ja from '../../src/i18n/lang/ja'
import ko from '../../src/i18n/lang/ko'
import lt from '../../src/i18n/lang/lt'
import lv from '../../src/i18n/lang/lv'
import mt from '../../src/i18n/lang/mt'
import nl from '../../src/i18n/lang/nl'
import pl from '../../src/i18n/lang/pl'
import pt from '../../src/i18n/lang/pt'
import ro from '../../src/i18n/lang/ro'
import sk from '../../src/i18n/lang/sk'
import sl from '../../src/i18n/lang/sl'
import sv from '../../src/i18n/lang/sv'
import zhCN from '../../src/i18n/lang/zh-CN'
import zhTW from '../../src/i18n/lang/zh-TW'

/** The 26 translated languages, by the tag their file is named after. */
const LANGUAGES: Record<string, Strings> = {
  bg, cs, da, de, el, es, et, fi, fr, ga, hr, hu, it: itLang, ja, ko,
  lt, lv, mt, nl, pl, pt, ro, sk, sl, sv, 'zh-TW': zhTW
}

/**
 * Strings that may equal the English one because the language uses the very same word. Keep it
 * short: every entry must still be identical to English, so a stale one fails the test.
 */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  // "Cookies": the word these languages use for cookies (the label of a category's cookie list).
  // "Marketing": the established category name in German, Danish, Dutch and Hungarian banners.
  // "Services" (fr): the French word for the services a category contacts is the same word.
  da: ['cookies', 'categories.marketing.title'],
  de: ['cookies', 'categories.marketing.title'],
  el: ['cookies'],
  es: ['cookies'],
  fr: ['cookies', 'hosts'],
  hu: ['categories.marketing.title'],
  mt: ['cookies'],
  nl: ['cookies', 'categories.marketing.title'],
  pt: ['cookies'],
  sv: ['cookies']
}

/** Every string of a language in file order, named by its path (`title`, `categories.marketing.title`). */
function flatten(strings: Strings): [string, unknown][] {
  const out: [string, unknown][] = []
  for (const [key, value] of Object.entries(strings)) {
    if (key == 'days') continue // plural forms differ by language: checked on their own below
    if (key != 'categories') { out.push([key, value]); continue }
    for (const [name, text] of Object.entries(value as Record<string, unknown>)) {
      for (const [field, v] of Object.entries(text as Record<string, unknown>)) out.push([`categories.${name}.${field}`, v])
    }
  }
  return out
}

/** The `{name}` placeholders of a string, sorted; a brace outside a placeholder shows as itself. */
const placeholders = (s: string) => (s.match(/\{[^{}]*\}|[{}]/g) || []).sort()

const english = new Map(flatten(en))

describe('the built-in languages', () => {
  test('are exactly English, Simplified Chinese and the 26 translated languages, one file each', () => {
    // Not `new URL('…', import.meta.url)`: Vite rewrites that pattern into an http:// asset URL.
    const files = readdirSync(join(dirname(fileURLToPath(import.meta.url)), '../../src/i18n/lang')).sort()
    const expected = ['en', 'zh-CN', ...Object.keys(LANGUAGES)].map(tag => `${tag}.ts`).sort()
    expect(files).toEqual(expected)
    expect(Object.keys(LANGUAGES)).toHaveLength(26)
  })

  test.each(Object.entries(LANGUAGES))('%s is complete, translated and plain text, in the English order', (lang, strings) => {
    const own = flatten(strings)
    const paths = own.map(([path]) => path)
    const allowed = SAME_AS_ENGLISH[lang] || []

    // Every English key, no other key, each a non-empty string.
    expect.soft(paths.filter(p => !english.has(p)), 'unknown keys').toEqual([])
    expect.soft([...english.keys()].filter(p => !paths.includes(p)), 'missing keys').toEqual([])
    expect.soft(own.filter(([, v]) => typeof v != 'string' || !v.trim()).map(([p]) => p), 'empty strings').toEqual([])

    const texts = own.filter((e): e is [string, string] => typeof e[1] == 'string' && english.has(e[0]))
    // Translated: not the English text, unless the language uses the same word (then it must be).
    expect.soft(texts.filter(([p, v]) => v == english.get(p) && !allowed.includes(p)).map(([p]) => p), 'copied from English').toEqual([])
    expect.soft(allowed.filter(p => new Map(texts).get(p) != english.get(p)), 'stale allow-list entries').toEqual([])
    // The same placeholders as English, each as often.
    for (const [p, v] of texts) expect.soft(placeholders(v), `placeholders of ${p}`).toEqual(placeholders(english.get(p) as string))
    // Text, never markup or link syntax.
    expect.soft(texts.filter(([, v]) => /[<>[\]]/.test(v)).map(([p]) => p), 'strings with < > [ ]').toEqual([])
    // Keys in the English order, so diffs between languages stay readable.
    const known = paths.filter(p => english.has(p))
    expect.soft(known, 'key order').toEqual([...english.keys()].filter(p => known.includes(p)))
  })

  test.each(Object.entries({ en, 'zh-CN': zhCN, ...LANGUAGES }))('%s writes a number of days in each plural form a decision\'s lifetime can take', (lang, strings) => {
    const rules = new Intl.PluralRules(lang)
    const needed = new Set(Array.from({ length: 395 }, (_, i) => rules.select(i + 1)))
    const forms = Object.keys(strings.days)
    expect.soft(forms, 'forms').toContain('other')
    expect.soft([...needed].filter(f => !forms.includes(f)), 'missing forms').toEqual([])
    expect.soft(forms.filter(f => f != 'other' && !needed.has(f as Intl.LDMLPluralRule)), 'forms no lifetime takes').toEqual([])
    expect.soft(Object.entries(strings.days).filter(([, v]) => /[<>[\]]/.test(v) || !/\{n\}/.test(v)).map(([f]) => f), 'forms without {n} or with markup').toEqual([])
  })

  test('zh-TW is written in Traditional characters', () => {
    // Characters that exist only in Simplified Chinese (their Traditional forms: 們這個隱設關閉選擇據網絡務護規則認證開啟時廣訪統計類別銷營儲對)
    const simplified = /[们这个隐设关闭选择据网络务护规则认证开启时广访统计类别销营储对]/
    expect(flatten(zhTW).filter(([, v]) => simplified.test(v as string)).map(([p]) => p)).toEqual([])
  })
})
