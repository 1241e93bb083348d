import type { Kind } from './owner'

/** Records a write or request and returns true when it must be refused. */
export type Refuse = (kind: Kind, name: string) => boolean | undefined

/**
 * Refuses owned `document.cookie` writes; reads pass unaltered.
 * @returns the original accessor, which cleanup uses to delete cookies past the guard
 */
export function guardCookies(refuse: Refuse): PropertyDescriptor {
  // The accessor sits on Document.prototype in browsers, elsewhere in other DOMs: find it.
  let proto: object = document
  let d: PropertyDescriptor | undefined
  while (!(d = Object.getOwnPropertyDescriptor(proto, 'cookie'))) proto = Object.getPrototypeOf(proto)
  const set = d.set!
  Object.defineProperty(proto, 'cookie', {
    ...d,
    set(value: string) {
      if (!refuse('cookie', String(value).split(';')[0].split('=')[0].trim())) set.call(this, value)
    }
  })
  return d
}

/**
 * Refuses owned storage writes through `setItem` and through property or bracket assignment.
 * Assignment goes to the Storage object's named setter, which no prototype wrap can reach, so
 * `window.localStorage` / `sessionStorage` are redefined to return a Proxy of the real storage.
 */
export function guardStorage(refuse: Refuse): void {
  const proto = Storage.prototype
  const setItem = proto.setItem
  proto.setItem = function (this: Storage, key: string, value: string) {
    if (!refuse('storage', String(key))) setItem.call(this, key, value)
  }
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    let real: Storage
    try {
      real = window[name]
    } catch {
      continue // storage disabled by the browser: nothing to guard
    }
    const proxy = new Proxy(real, {
      get(target, key) {
        const value = Reflect.get(target, key, target)
        return typeof value == 'function' ? value.bind(target) : value
      },
      set(target, key, value) {
        if (!refuse('storage', String(key))) Reflect.set(target, key, value, target)
        return true
      }
    })
    Object.defineProperty(window, name, { get: () => proxy, configurable: true })
  }
}
