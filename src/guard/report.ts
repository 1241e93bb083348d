import { error } from '../log'
import type { Owner } from './owner'
import { hostOf } from './url'
import { cookieName } from './writes'

/**
 * Names, in a `console.error`, what happened before the guard could stop it: cookies of
 * categories not granted that exist already, and their hosts that the page contacted already
 * (resource timing), which a tag placed above the Consentry script tag, or the browser's preload
 * of the page's own HTML, did.
 * @param cookies the cookies as `document.cookie` reads them
 */
export function reportBefore(owner: Owner, cookies: string): void {
  const list = (kind: 'cookie' | 'request', names: string[]) => [...new Set(names.filter(name => name && owner(kind, name)))]
  const found = list('cookie', cookies.split('; ').map(cookieName))
  const hosts = list('request', (performance.getEntriesByType?.('resource') || []).map(e => hostOf(e.name)))
  if (found.length) error(`cookies of categories not granted existed before Consentry started: ${found.join(', ')}.`)
  if (hosts.length) error(`hosts of categories not granted were contacted before Consentry started (a tag above its script tag?): ${hosts.join(', ')}.`)
}
