import type { Owner } from './owner'
import { cookieName, STORAGES } from './writes'

/**
 * Deletes the cookies and storage keys of every category that is not granted. A cookie is only
 * deleted by a write with its exact path and domain, which JavaScript cannot read, so the
 * deletion is written for every path and domain variant this page can reach. A leading dot in
 * a cookie's domain is ignored by browsers (RFC 6265), so `example.com` also deletes `.example.com`.
 * @param cookie the original `document.cookie` accessor, so the guard does not refuse the deletion;
 *   false when no category owns a cookie
 * @param storage false when no category owns a storage key
 */
export function cleanup(owner: Owner, cookie: PropertyDescriptor | false, storage: boolean): void {
  const { hostname, pathname, protocol } = location
  const paths = ['/']
  let path = ''
  for (const part of pathname.split('/').slice(1)) paths.push(path += '/' + part, path + '/')
  const domains = ['', ...hostname.split('.').map((_, i, parts) => ';domain=' + parts.slice(i).join('.'))]
  if (cookie) for (const read of (cookie.get!.call(document) as string).split('; ')) {
    const name = cookieName(read)
    if (owner('cookie', name)) {
      for (const p of paths) {
        for (const d of domains) {
          cookie.set!.call(document, `${name}=;expires=Thu, 01 Jan 1970 00:00:00 GMT;path=${p}${d}${protocol == 'https:' ? ';secure' : ''}`)
        }
      }
    }
  }
  if (storage) for (const name of STORAGES) {
    try {
      const storage = window[name]
      for (const key of Object.keys(storage)) if (owner('storage', key)) storage.removeItem(key)
    } catch {} // storage disabled by the browser: nothing to clean
  }
}
