import { refusedObject } from './refused'
import type { Realm, Refuse } from './writes'

type CookieInit = { name?: string; value?: string; expires?: number | Date | null }
type CookieStoreLike = EventTarget & { set(name: string | CookieInit, value?: string): Promise<void> }

/**
 * Refuses `cookieStore.set` of owned cookies in a realm (it resolves, as a write the browser
 * ignored); a write that expires the cookie passes, as a deletion always does.
 * @returns the realm's cookie store, whose `change` events report cookies set by any route
 */
export function guardCookieStore(w: Realm, refuse: Refuse): CookieStoreLike | undefined {
  const store = (w as { cookieStore?: CookieStoreLike }).cookieStore
  if (!store) return
  const proto = Object.getPrototypeOf(store) as CookieStoreLike
  const set = proto.set
  proto.set = function (this: CookieStoreLike, name: string | CookieInit) {
    const init = typeof name == 'object' && name ? name : { name }
    const expired = init.expires != null && +init.expires <= Date.now()
    return expired || !refuse('cookie', String(init.name)) ? set.apply(this, arguments as never) : Promise.resolve()
  }
  return store
}

/**
 * Refuses to open IndexedDB databases named by a category's storage patterns in a realm: the
 * request fails with an error event, as a database the browser could not open.
 */
export function guardIndexedDb(w: Realm, refuse: Refuse): void {
  const proto = w.IDBFactory?.prototype
  if (!proto) return
  const open = proto.open
  proto.open = function (this: IDBFactory, name: string) {
    if (!refuse('storage', String(name))) return open.apply(this, arguments as never)
    const error = new w.DOMException('Consentry: no consent for this database', 'UnknownError')
    return refusedObject(w, w.IDBOpenDBRequest, { readyState: 'done', error, result: undefined, source: null, transaction: null },
      ['success', 'error', 'upgradeneeded', 'blocked'], () => [new w.Event('error')]) as IDBOpenDBRequest
  } as typeof open
}
