import type { Kind } from './owner'

/** Records a write or request and returns its owner when it must be refused. */
export type Refuse = (kind: Kind, name: string) => string | undefined

/**
 * Replaces the setter of `prop`, found on `obj` or the nearest prototype that owns it (the cookie
 * accessor sits on Document.prototype in browsers, elsewhere in other DOMs); reads pass unaltered.
 * A write reaches the original setter only when `pass` returns true.
 * @returns the original accessor, which cleanup uses to delete cookies past the guard
 */
export function wrapSetter(obj: object, prop: string, pass: (target: EventTarget, value: string) => unknown): PropertyDescriptor {
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
 * Refuses owned `document.cookie` writes and returns the original accessor. A deletion always
 * passes: a tag that cleans up after itself does what the visitor wants.
 */
export const guardCookies = (refuse: Refuse): PropertyDescriptor =>
  wrapSetter(document, 'cookie', (_, value) => deletesCookie(value) || !refuse('cookie', cookieName(value)))

/** The two storages, which the guard wraps and cleanup empties. */
export const STORAGES = ['localStorage', 'sessionStorage'] as const

/**
 * Refuses owned storage writes through `setItem` and through property or bracket assignment.
 * Assignment goes to the Storage object's named setter, which no prototype wrap can reach, so
 * `window.localStorage` / `sessionStorage` are redefined to return a Proxy of the real storage,
 * made on first use: opening a storage costs the browser a round trip, which a page that never
 * uses it should not pay at start.
 */
export function guardStorage(refuse: Refuse): void {
  const proto = Storage.prototype
  const setItem = proto.setItem
  proto.setItem = function (this: Storage, key: string, value: string) {
    if (!refuse('storage', String(key))) setItem.call(this, key, value)
  }
  for (const name of STORAGES) {
    let proxy: Storage | undefined
    const real = Object.getOwnPropertyDescriptor(owning(window, name), name)!
    Object.defineProperty(window, name, {
      configurable: true,
      // A storage the browser disabled throws here, on use, as it would without the guard.
      get: () => proxy ||= new Proxy(real.get!.call(window), {
        get: (target, key) => typeof target[key] == 'function' ? target[key].bind(target) : Reflect.get(target, key),
        set(target, key, value) {
          if (!refuse('storage', String(key))) Reflect.set(target, key, value)
          return true
        }
      })
    })
  }
}

/** `obj`, or the nearest prototype of it, that owns `prop`. */
function owning(obj: object, prop: string): object {
  while (!Object.getOwnPropertyDescriptor(obj, prop)) obj = Object.getPrototypeOf(obj)
  return obj
}
