/** Whether a tag asks for Simplified Chinese: `zh`, `zh-CN`, `zh-SG`, `zh-Hans…`. */
const SIMPLIFIED = /^zh(-hans|-cn|-sg|$)/i

/** The language of `have` that serves `tag`: the same tag, Simplified Chinese, or the same primary language. */
export function matchLanguage(tag: string, have: readonly string[]): string | undefined {
  const t = tag.toLowerCase()
  return have.find(h => h.toLowerCase() == t) ||
    (SIMPLIFIED.test(t) ? 'zh-CN' : have.find(h => h.toLowerCase() == t.split('-')[0]))
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
