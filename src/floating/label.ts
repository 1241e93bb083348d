import type { Config } from '../config'
import { BUILT_IN, pickLanguage, primaryOf } from '../i18n'

/** Where the UI keeps the floating button's label in each language it has shown. */
export const LABELS_KEY = 'consentry.labels'

/**
 * The floating button's label in the language the UI would show, without loading the UI: the
 * language is picked as the UI picks it (`pickLanguage`), and the label is the site's own
 * translation in it; else, on an English page, the site's `en` label or English; else the label
 * the UI last showed in that language (it keeps one per language in localStorage), else the
 * English one. Only other languages open localStorage, whose first read on a page waits for the
 * browser.
 */
export function floatingLabel(config: Config): string {
  const { translations } = config
  const language = pickLanguage(config.language, [...BUILT_IN, ...Object.keys(translations)]) || 'en'
  // The UI merges a site's translation spelled in another case (zh-cn) into the language too.
  const own = Object.keys(translations).find(t => t.toLowerCase() == language.toLowerCase())
  if (own && translations[own].settings) return translations[own].settings
  const english = translations.en?.settings || ENGLISH
  if (primaryOf(language) == 'en') return english
  let seen: Record<string, string> = {}
  try {
    seen = JSON.parse(localStorage.getItem(LABELS_KEY)!) || {}
  } catch {}
  return seen[language] || english
}

const ENGLISH = 'Privacy settings'
