import type { Config } from '../config'
import { error, warn } from '../log'
import { type CategoryText, en, type Strings } from './en'
import { zhCN } from './zh-cn'
import { matchLanguage, pickLanguage } from './language'

export type { CategoryText, Strings } from './en'
export { matchLanguage, pickLanguage } from './language'

/** The strings of the language shown, with every gap filled from English. */
export interface Texts {
  /** The language tag shown, as the built-in strings or the translations spell it. */
  language: string
  /** Every string, complete. */
  strings: Strings
}

type Rec = Record<string, unknown>
const BUILT_IN: Record<string, Strings> = { en, 'zh-CN': zhCN }

/**
 * Chooses the language and merges English, the built-in strings and the site's translations.
 * Unknown translation keys are reported and ignored, so a typo never breaks the page.
 */
export function loadTexts(config: Config): Texts {
  const names = config.categories.map(c => c.name)
  const own: Record<string, Rec> = {}
  for (const lang in config.translations) own[lang] = clean(config.translations[lang], `translations.${lang}`, names)
  const have = [...Object.keys(BUILT_IN), ...Object.keys(own)]
  const wanted = config.language || 'auto'
  const language = pickLanguage(wanted, have) || 'en'
  if (wanted != 'auto' && !matchLanguage(wanted, have)) {
    warn(`language "${wanted}" has no strings; add them under translations. English is shown.`)
  }
  const strings = { ...en, categories: { ...en.categories } }
  const lower = language.toLowerCase()
  for (const layer of [own.en, BUILT_IN[language], ...Object.keys(own).filter(l => l.toLowerCase() == lower).map(l => own[l])]) {
    if (!layer) continue
    const { categories, ...rest } = layer as unknown as Strings
    Object.assign(strings, rest)
    for (const name in categories) strings.categories[name] = { ...strings.categories[name], ...categories[name] }
  }
  return { language, strings }
}

/** A category's title (its key, capitalised, when no language names it) and description. */
export function categoryText(strings: Strings, name: string): CategoryText {
  const t = strings.categories[name] || {} as Partial<CategoryText>
  return { title: t.title || name[0].toUpperCase() + name.slice(1), description: t.description || '' }
}

/** Keeps the known strings of one language and reports every other key by its full name. */
function clean(value: Rec, key: string, names: string[]): Rec {
  const out: Rec = {}
  const cats: Rec = {}
  for (const k in value) {
    const v = value[k] as Rec
    if (k == 'categories' && typeof v == 'object') {
      for (const name in v) {
        const t = v[name] as Rec
        if (names.includes(name) && typeof t == 'object' && Object.keys(t).every(x => /^(title|description)$/.test(x) && typeof t[x] == 'string')) cats[name] = t
        else error(`"${key}.categories.${name}" must be a category of the config with a title and description; it is ignored.`)
      }
    } else if (typeof (en as unknown as Rec)[k] == 'string' && typeof v == 'string') out[k] = v
    else error(`"${key}.${k}" is not a translation string; it is ignored.`)
  }
  out.categories = cats
  return out
}
