import type { Config } from '../config'
import { error, warn } from '../log'
import en from './lang/en'
import { BUILT_IN, direction, matchLanguage, pickLanguage } from './language'
import type { CategoryText, PluralForms, Strings } from './strings'

/** The strings of the language shown, with every gap filled from English. */
export interface Texts {
  /** The language tag shown, as the built-in strings or the translations spell it. */
  language: string
  /** Its writing direction. */
  dir: 'ltr' | 'rtl'
  /** Every string, complete. */
  strings: Strings
}

/** Loads the built-in strings of a language other than English, from its own file. */
export type LoadLanguage = (tag: string) => Promise<Strings>

type Rec = Record<string, unknown>

/**
 * Chooses the language and merges English, the built-in strings of that language (loaded from
 * their own file, so a visit loads one language) and the site's translations. Unknown translation
 * keys are reported and ignored, so a typo never breaks the page; a language file that cannot be
 * loaded is reported, and English is shown.
 */
export async function loadTexts(config: Config, loadLanguage: LoadLanguage): Promise<Texts> {
  const names = config.categories.map(c => c.name)
  const own: Record<string, Rec> = {}
  for (const lang of Object.keys(config.translations)) own[lang] = clean(config.translations[lang] as Rec, `translations.${lang}`, names)
  const have = [...BUILT_IN, ...Object.keys(own)]
  const wanted = config.language
  let language = pickLanguage(wanted, have) || 'en'
  if (wanted != 'auto' && !matchLanguage(wanted, have)) {
    warn(`language "${wanted}" has no strings; add them under translations. English is shown.`)
  }
  let builtIn: Strings | undefined
  if (language != 'en' && (BUILT_IN as readonly string[]).includes(language)) {
    try {
      builtIn = await loadLanguage(language)
    } catch (e) {
      error((e as Error).message + ' English is shown instead.')
      if (!own[language]) language = 'en'
    }
  }
  const strings: Strings = { ...en, categories: { ...en.categories } }
  const lower = language.toLowerCase()
  const layers = [own.en, builtIn, ...Object.keys(own).filter(l => l.toLowerCase() == lower && l != 'en').map(l => own[l])]
  for (const layer of layers) {
    if (!layer) continue
    const { categories, ...rest } = layer as Partial<Strings>
    Object.assign(strings, rest)
    for (const name in categories) strings.categories[name] = { ...strings.categories[name], ...categories[name] }
  }
  return { language, dir: direction(language), strings }
}

/** A category's title (its key, capitalised, when no language names it) and description. */
export function categoryText(strings: Strings, name: string): CategoryText {
  const t: Partial<CategoryText> = strings.categories[name] || {}
  return { title: t.title || name[0].toUpperCase() + name.slice(1), description: t.description || '' }
}

/** Fills `{name}` placeholders: `fill('{days} days', { days: 180 })`. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (all, name: string) => Object.hasOwn(values, name) ? String(values[name]) : all)
}

/** Keeps the known strings of one language and reports every other key by its full name. */
function clean(value: Rec, key: string, names: string[]): Rec {
  const out: Rec = {}
  const categories: Rec = {}
  for (const k of Object.keys(value)) {
    const v = value[k]
    if (k == 'categories' && typeof v == 'object' && v) {
      for (const [name, t] of Object.entries(v as Rec)) {
        const text = t as Rec
        if (names.includes(name) && typeof text == 'object' && text && Object.keys(text).every(x => /^(title|description)$/.test(x) && typeof text[x] == 'string')) categories[name] = text
        else error(`"${key}.categories.${name}" must be a category of the config with a title and description; it is ignored.`)
      }
    } else if (k == 'days') {
      if (isPluralForms(v)) out[k] = v
      else error(`"${key}.days" must be an object of plural forms (${PLURAL_FORMS.join(', ')}) with at least "other", each a string; it is ignored.`)
    } else if (typeof (en as unknown as Rec)[k] == 'string' && typeof v == 'string') out[k] = v
    else error(`"${key}.${k}" is not a translation string; it is ignored.`)
  }
  out.categories = categories
  return out
}

const PLURAL_FORMS: readonly string[] = ['zero', 'one', 'two', 'few', 'many', 'other']

/** A set of plural forms a translation can replace English's with: forms belong together, so it comes whole. */
function isPluralForms(v: unknown): v is PluralForms {
  return typeof v == 'object' && !!v && typeof (v as Rec).other == 'string' &&
    Object.entries(v).every(([form, text]) => PLURAL_FORMS.includes(form) && typeof text == 'string')
}
