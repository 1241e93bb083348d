import type { Owner } from './owner'
import { cookieName, STORAGES } from './writes'

/**
 * Deletes the storage keys of every category that is not granted, in both storages, and hands
 * the names of such cookies to `expire` (the write side deletes them on every path and domain).
 * @param cookie the original `document.cookie` accessor; false when no category owns a cookie
 * @param storage false when no category owns a storage key
 */
export function cleanup(owner: Owner, cookie: PropertyDescriptor | false, storage: boolean, expire: (names: string[]) => void): void {
  const names = cookie ? (cookie.get!.call(document) as string).split('; ').map(cookieName).filter(name => owner('cookie', name)) : []
  if (names.length) expire(names)
  if (storage) for (const name of STORAGES) {
    try {
      const storage = window[name]
      for (const key of Object.keys(storage)) if (owner('storage', key)) storage.removeItem(key)
    } catch {} // storage disabled by the browser: nothing to clean
  }
}

/**
 * Deletes cookies by name. A cookie is only deleted by a write with its exact path and domain,
 * which JavaScript cannot read, so the deletion is written for every path and domain variant
 * this page can reach. A leading dot in a cookie's domain is ignored by browsers (RFC 6265), so
 * `example.com` also deletes `.example.com`.
 * @param write writes one `document.cookie` string past the guard
 */
export function expireCookies(names: string[], write: (cookie: string) => void): void {
  const { hostname, pathname, protocol } = location
  const paths = ['/']
  let path = ''
  for (const part of pathname.split('/').slice(1)) paths.push(path += '/' + part, path + '/')
  const domains = ['', ...hostname.split('.').map((_, i, parts) => ';domain=' + parts.slice(i).join('.'))]
  for (const name of names) {
    for (const p of paths) {
      for (const d of domains) write(`${name}=;expires=Thu, 01 Jan 1970 00:00:00 GMT;path=${p}${d}${protocol == 'https:' ? ';secure' : ''}`)
    }
  }
}
