// Which category owns a cookie or storage key, compiled from the page's own JSON config block the way SPEC 1.3 reads it.

const REGEXP_STRING = /^\/(.+)\/([dgimsuy]*)$/

/** A config pattern as a RegExp: "/src/flags" is a RegExp, any other string a name with `*` wildcards. */
export function compilePattern(pattern) {
  const literal = REGEXP_STRING.exec(pattern)
  if (literal) return new RegExp(literal[1], literal[2].replace(/[gy]/g, ''))
  return new RegExp('^' + pattern.split('*').map(s => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('.*') + '$')
}

/** The page's config, parsed from `#consentry-config`, or null. */
export function readConfig() {
  try {
    return JSON.parse(document.getElementById('consentry-config').textContent)
  } catch {
    return null
  }
}

/**
 * Builds a classifier for names of one kind ('cookies' or 'storage').
 * @returns name → owning category, 'Consentry' for the SDK's own keys, or null when no category owns it
 */
export function owners(config, kind) {
  const compiled = Object.entries(config?.categories || {}).map(([name, c]) => [name, (c[kind] || []).map(compilePattern)])
  const consentCookie = config?.cookie?.name || 'consentry'
  return name => {
    for (const [category, patterns] of compiled) if (patterns.some(p => p.test(name))) return category
    if (name == consentCookie || /^consentry/i.test(name)) return 'Consentry'
    return null
  }
}

/** Cookie names visible to the page. */
export const cookieNames = () => document.cookie.split(';').map(c => c.split('=')[0].trim()).filter(Boolean)

/** Keys of a storage, or [] where the browser refuses access. */
export function storageKeys(storage) {
  try {
    return Array.from({ length: storage.length }, (_, i) => storage.key(i))
  } catch {
    return []
  }
}

/** Groups names by owner: `{ owner: [names] }`, unowned under null's key 'unowned'. */
export function groupBy(names, ownerOf) {
  const groups = {}
  for (const name of names) (groups[ownerOf(name) || 'unowned'] ||= []).push(name)
  return groups
}
