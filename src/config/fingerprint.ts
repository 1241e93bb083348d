/**
 * A hash of a config as the site wrote it (RegExps included) and of this SDK's version, so a
 * browser can remember that this exact config already passed the check and skip loading the
 * checker. An empty fingerprint is never trusted. FNV-1a plus the length: it only has to tell a changed config from the one this
 * browser saw, not resist an attacker (who could edit the config anyway).
 */
export function fingerprint(input: unknown): string {
  let text: string
  try {
    // A RegExp is hashed as its "/source/flags" text, which is also how the JSON block writes one;
    // a function (which the checker refuses) as its source, so a changed one is a changed config.
    text = __VERSION__ + (typeof input == 'string' ? input : JSON.stringify(input, (_key, v) => v instanceof RegExp || typeof v == 'function' ? '' + v : v))
  } catch {
    return '' // a config that cannot be written down (a cycle) is never trusted; the checker explains it
  }
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return (h >>> 0).toString(36) + text.length.toString(36)
}
