/**
 * The host name a URL reaches, as the browser will resolve it: against `base` (the document's
 * base URL), lower case, without userinfo, port or the trailing dot that names the same host.
 * Empty for a value that is no URL (it fails by itself) or has no host (`data:`, `blob:`).
 */
export function hostOf(url: unknown, base?: string): string {
  try {
    return new URL(String(url), base).hostname.replace(/\.$/, '')
  } catch {
    return ''
  }
}

/** The URL without query or fragment. */
export function strip(url: string): string {
  return url.split(/[?#]/)[0]
}
