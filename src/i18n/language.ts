/** The built-in languages, each in a file of its own (English is bundled with the UI). */
export const BUILT_IN = ['en', 'zh-CN', 'zh-TW', 'ja', 'ko', 'bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'ga',
  'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'] as const

/** Chinese tags by script: Traditional for `zh-Hant…`, Taiwan, Hong Kong and Macao; Simplified for the rest. */
const TRADITIONAL = /^zh-(hant|tw|hk|mo)\b/i

/** The primary language of a tag, lower case: `de-AT` → `de`. */
export const primaryOf = (tag: string): string => tag.split('-')[0].toLowerCase()

/**
 * The language of `have` that serves `tag`: the same tag, then Chinese by script (`zh-Hant`,
 * `zh-HK` → `zh-TW`; `zh`, `zh-Hans`, `zh-SG` → `zh-CN`), then the same primary language
 * (`de-AT` → `de`).
 */
export function matchLanguage(tag: string, have: readonly string[]): string | undefined {
  const t = tag.toLowerCase()
  const find = (wanted: string) => have.find(h => h.toLowerCase() == wanted)
  const primary = primaryOf(t)
  return find(t) ||
    (primary == 'zh' ? find(TRADITIONAL.test(t) ? 'zh-tw' : 'zh-cn') : undefined) ||
    have.find(h => primaryOf(h) == primary)
}

/**
 * The language to show: the configured one, or for `'auto'` the page's `<html lang>`, then the
 * browser's languages in order; undefined when none of them is available.
 */
export function pickLanguage(configured: string, have: readonly string[]): string | undefined {
  const wanted = configured != 'auto' ? [configured]
    : [document.documentElement.lang, ...(navigator.languages || [navigator.language])]
  for (const tag of wanted) {
    const found = tag && matchLanguage(tag, have)
    if (found) return found
  }
  return undefined
}

/** `rtl` for a language written right to left (Arabic, Hebrew, Persian, Urdu, …), else `ltr`. */
export function direction(tag: string): 'ltr' | 'rtl' {
  try {
    const info = (new Intl.Locale(tag) as Intl.Locale & { getTextInfo?(): { direction: string }; textInfo?: { direction: string } })
    const dir = (info.getTextInfo?.() || info.textInfo)?.direction
    if (dir) return dir == 'rtl' ? 'rtl' : 'ltr'
  } catch {}
  return /^(ar|arc|ckb|dv|fa|he|iw|ps|sd|ug|ur|yi)\b/i.test(tag) ? 'rtl' : 'ltr'
}
