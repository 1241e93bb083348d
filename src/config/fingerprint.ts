/**
 * A hash of a config as the site wrote it (RegExps and functions included), so a browser can
 * remember that this exact config already passed the check and skip loading the checker. FNV-1a
 * plus the length: it only has to tell a changed config from the one this browser saw.
 */
export function fingerprint(input: unknown, salt: string): string {
  // A RegExp is hashed as its "/source/flags" text, which is also how the JSON block writes one.
  const text = salt + JSON.stringify(input, (_key, v) => v instanceof RegExp || typeof v == 'function' ? '' + v : v)
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return (h >>> 0).toString(36) + text.length.toString(36)
}
