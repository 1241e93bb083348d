import type { Owner } from './owner'
import { cookieName, STORAGES } from './writes'

/**
 * Deletes the cookies and storage keys of every category that is not granted: cookies on every
 * path and domain variant (see `expireCookies`), keys in both storages and IndexedDB databases.
 * @param cookie the original `document.cookie` accessor, which deletes past the guard; false when no category owns a cookie
 * @param storage false when no category owns a storage key
 */
export function cleanup(owner: Owner, cookie: PropertyDescriptor | false, storage: boolean): void {
  if (cookie) {
    const names = (cookie.get!.call(document) as string).split('; ').map(cookieName).filter(name => name && owner('cookie', name))
    expireCookies(names, value => cookie.set!.call(document, value))
  }
  if (storage) {
    for (const name of STORAGES) {
      try {
        const store = window[name]
        for (const key of Object.keys(store)) if (owner('storage', key)) store.removeItem(key)
      } catch {} // a storage the browser disabled has nothing to clean
    }
    // IndexedDB databases named by storage patterns go too, where the browser lists them.
    void window.indexedDB?.databases?.().then(list => {
      for (const { name } of list) if (name && owner('storage', name)) indexedDB.deleteDatabase(name)
    }, () => {})
  }
}

/**
 * Deletes cookies by name. A cookie is deleted only by a write with its exact path and domain,
 * which script cannot read, so the deletion is written for every path and domain variant this
 * page can reach. A leading dot in a cookie's domain is ignored by browsers (RFC 6265), so
 * `example.com` also deletes `.example.com`. This writer, not js-cookie, writes the names as they
 * are: js-cookie encodes characters such as `(` in a name, and so would miss a tracker's cookie
 * named with them. Each variant is written once more as `Partitioned`, which a partitioned
 * (CHIPS) cookie needs to be deleted, where the page is on https.
 * @param write writes one `document.cookie` string past the guard
 */
export function expireCookies(names: string[], write: (cookie: string) => void): void {
  const { hostname, pathname, protocol } = location
  const paths = ['/']
  let path = ''
  for (const part of pathname.split('/').slice(1)) paths.push(path += '/' + part, path + '/')
  const domains = ['', ...hostname.split('.').map((_, i, parts) => ';domain=' + parts.slice(i).join('.'))]
  const secure = protocol == 'https:' ? [';secure', ';secure;partitioned'] : ['']
  for (const name of names) {
    for (const p of paths) {
      for (const d of domains) {
        for (const s of secure) write(`${name}=;expires=Thu, 01 Jan 1970 00:00:00 GMT;path=${p}${d}${s}`)
      }
    }
  }
}
