import type { Config } from '../config'

/** Where the UI keeps the floating button's label in each language it has shown. */
export const LABELS_KEY = 'consentry.labels'

/**
 * The floating button's label in the page's language, without loading the UI: the site's own
 * translation; on an English page the site's `en` label (the UI shows it for every English
 * variant) or English; else the label the UI last showed in that language (it keeps one per
 * language in localStorage), else English. Only other languages open localStorage, whose first
 * read on a page waits for the browser.
 */
export function floatingLabel(config: Config): string {
  const lang = (config.language != 'auto' && config.language || document.documentElement.lang || navigator.language || 'en').toLowerCase()
  const primary = lang.split('-')[0]
  const own = Object.keys(config.translations).find(t => t.toLowerCase() == lang)
  if (own && config.translations[own].settings) return config.translations[own].settings
  if (primary == 'en') return config.translations.en?.settings || ENGLISH
  let seen: Record<string, string> = {}
  try {
    seen = JSON.parse(localStorage.getItem(LABELS_KEY)!) || {}
  } catch {}
  const tag = Object.keys(seen).find(t => t.toLowerCase() == lang) || Object.keys(seen).find(t => t.toLowerCase().split('-')[0] == primary)
  return (tag && seen[tag]) || ENGLISH
}

const ENGLISH = 'Privacy settings'
