import type { Kind } from './owner'

import { error } from '../log'

/**
 * Installs each patch on its own: one the browser refuses (a property it made read-only, an API
 * it lacks) is reported and leaves the others in place.
 */
export function installEach(patches: (() => void)[]): void {
  for (const patch of patches) {
    try {
      patch()
    } catch (e) {
      error('a guard could not be installed:', e)
    }
  }
}

/** Records a write or request and returns its owner when it must be refused. */
export type Refuse = (kind: Kind, name: string) => string | undefined

/** A window of any realm: the page's own, a same-origin frame's or a popup's. */
export type Realm = Window & typeof globalThis

/**
 * Replaces the setter of `prop`, found on `obj` or the nearest prototype that owns it (the cookie
 * accessor sits on Document.prototype in browsers, elsewhere in other DOMs); reads pass unaltered.
 * A write reaches the original setter only when `pass` returns true.
 * @returns the original accessor, which cleanup uses to delete cookies past the guard
 */
export function wrapSetter<T = EventTarget>(obj: object, prop: string, pass: (target: T, value: string) => unknown): PropertyDescriptor {
  const at = owning(obj, prop)
  const original = Object.getOwnPropertyDescriptor(at, prop)!
  const { set } = original
  Object.defineProperty(at, prop, {
    ...original,
    set(value: string) {
      if (pass(this, value)) set!.call(this, value)
    }
  })
  return original
}

/** The name of a cookie in a `document.cookie` write or read: the text before the first `=` or `;`. */
export const cookieName = (cookie: string): string => String(cookie).split(/[;=]/)[0].trim()

/** True for a cookie write that deletes: an expiry in the past or a max-age of zero or less. */
export function deletesCookie(cookie: string): boolean {
  const attributes = String(cookie).split(';').slice(1)
  return attributes.some(a => {
    const [name, value = ''] = a.split('=').map(s => s.trim().toLowerCase())
    return name == 'max-age' ? +value <= 0 : name == 'expires' && Date.parse(value) <= Date.now()
  })
}

/**
 * Refuses owned `document.cookie` writes in a realm and returns the original accessor. A deletion
 * always passes: a tag that cleans up after itself does what the visitor wants.
 */
export const guardCookies = (w: Realm, refuse: Refuse): PropertyDescriptor =>
  wrapSetter(w.document, 'cookie', (_, value) => deletesCookie(value) || !refuse('cookie', cookieName(value)))

/** The two storages, which the guard wraps and cleanup empties. */
export const STORAGES = ['localStorage', 'sessionStorage'] as const

/**
 * Refuses owned storage writes in a realm through `setItem` and through property or bracket
 * assignment. Assignment goes to the Storage object's named setter, which no prototype wrap can
 * reach, so `localStorage` / `sessionStorage` are redefined to return a Proxy of the real storage,
 * made on first use: opening a storage costs the browser a round trip, which a page that never
 * uses it should not pay at start. The prototype's methods take the Proxy for the storage it
 * stands for, so `Storage.prototype.getItem.call(localStorage, …)` works as it does natively, with
 * the prototype of any realm and the storage of any other.
 * @param real each Proxy of any realm to its storage, shared by the realms of one page
 */
export function guardStorage(w: Realm, refuse: Refuse, real: WeakMap<object, Storage>): void {
  const proto = w.Storage.prototype
  for (const method of ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const) {
    const native = proto[method] as (this: Storage, ...args: unknown[]) => unknown
    proto[method] = function (this: Storage, ...args: unknown[]) {
      if (method == 'setItem' && refuse('storage', String(args[0]))) return
      return native.apply(real.get(this) || this, args)
    } as never
  }
  for (const name of STORAGES) {
    let proxy: Storage | undefined
    const getter = Object.getOwnPropertyDescriptor(owning(w, name), name)!.get!
    Object.defineProperty(w, name, {
      configurable: true,
      // A storage the browser disabled throws here, on use, as it would without the guard.
      get() {
        if (!proxy) {
          const target = getter.call(w) as Storage & Record<string | symbol, unknown>
          proxy = new Proxy(target, {
            get: (t, key) => typeof t[key] == 'function' ? (t[key] as () => void).bind(t) : Reflect.get(t, key),
            set(t, key, value) {
              if (!refuse('storage', String(key))) Reflect.set(t, key, value)
              return true
            }
          })
          real.set(proxy, target)
        }
        return proxy
      }
    })
  }
}

/** `obj`, or the nearest prototype of it, that owns `prop`. */
export function owning(obj: object, prop: string): object {
  while (!Object.getOwnPropertyDescriptor(obj, prop)) obj = Object.getPrototypeOf(obj) // throws past the root: the caller's patch is skipped
  return obj
}
