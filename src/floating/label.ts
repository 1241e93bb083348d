import type { Config } from '../config'

/** Where the UI keeps the floating button's label in each language it has shown. */
export const LABELS_KEY = 'consentry.labels'

/**
 * The floating button's label in the page's language, without loading the UI: the label the UI
 * last showed in that language (it keeps one per language in localStorage), else the site's own
 * translation, else English.
 */
export function floatingLabel(config: Config): string {
  const lang = (config.language != 'auto' && config.language || document.documentElement.lang || navigator.language || 'en').toLowerCase()
  let seen: Record<string, string> = {}
  try {
    seen = JSON.parse(localStorage.getItem(LABELS_KEY)!) || {}
  } catch {}
  const primary = lang.split('-')[0]
  const tag = Object.keys(seen).find(t => t.toLowerCase() == lang) || Object.keys(seen).find(t => t.toLowerCase().split('-')[0] == primary)
  const own = Object.keys(config.translations).find(t => t.toLowerCase() == lang)
  return (tag && seen[tag]) || (own && config.translations[own].settings) || 'Privacy settings'
}
