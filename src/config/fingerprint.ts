/**
 * A 53-bit hash of a config as the site wrote it (RegExps and functions included), so a browser
 * can remember that this exact config already passed the check and skip loading the checker.
 */
export function fingerprint(input: unknown, salt: string): string {
  const text = salt + JSON.stringify(input, (_key, v) =>
    v instanceof RegExp ? `\0re/${v.source}/${v.flags}` : typeof v == 'function' ? '\0fn' : v)
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}
