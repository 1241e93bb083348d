import type { Owner } from './owner'

/**
 * Deletes the cookies and storage keys of every category that is not granted. A cookie is only
 * deleted by a write with its exact path and domain, which JavaScript cannot read, so the
 * deletion is written for every path and domain variant this page can reach.
 * @param cookie the original `document.cookie` accessor, so the guard does not refuse the deletion
 */
export function cleanup(owner: Owner, cookie: PropertyDescriptor): void {
  const { hostname, pathname, protocol } = location
  const names = (cookie.get!.call(document) as string).split(/; */).map(c => c.split('=')[0]).filter(n => owner('cookie', n))
  if (names.length) {
    const paths = ['/']
    let path = ''
    for (const part of pathname.split('/').slice(1)) paths.push(path += '/' + part, path + '/')
    const domains = ['']
    const parts = hostname.split('.')
    for (let i = 0; i < parts.length; i++) domains.push(';domain=' + parts.slice(i).join('.'), ';domain=.' + parts.slice(i).join('.'))
    const secure = protocol == 'https:' ? ';secure' : ''
    for (const name of names) {
      for (const p of paths) {
        for (const d of domains) cookie.set!.call(document, `${name}=;expires=Thu, 01 Jan 1970 00:00:00 GMT;path=${p}${d}${secure}`)
      }
    }
  }
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    try {
      const storage = window[name]
      for (const key of Object.keys(storage)) if (owner('storage', key)) storage.removeItem(key)
    } catch {} // storage disabled by the browser: nothing to clean
  }
}
