import { owning, type Realm } from './writes'

/** Installs guards into one realm; the realm watcher calls it once per realm. */
export type Install = (w: Realm) => void

/** The methods after which a new frame may exist: each one that inserts nodes or markup. */
const INSERTS: [string, string[]][] = [
  ['Node', ['appendChild', 'insertBefore', 'replaceChild']],
  ['Element', ['append', 'prepend', 'before', 'after', 'replaceWith', 'replaceChildren', 'insertAdjacentElement', 'insertAdjacentHTML', 'setHTMLUnsafe']],
  ['Document', ['write', 'writeln']],
  ['Range', ['insertNode']]
]
const MARKUP: [string, string][] = [['Element', 'innerHTML'], ['Element', 'outerHTML'], ['ShadowRoot', 'innerHTML']]

/** The one watcher of same-origin realms that a page's parts share, so each insert method is wrapped once. */
export interface Realms {
  /** Adds a part's install: it runs in every realm the watcher enters. */
  add(install: Install): void
  /** Enters the window, once every part has added its install; with none added it patches nothing. */
  start(): void
}

/**
 * Watches `w` and every same-origin realm that appears from it, and runs each added install there
 * before page code can reach that realm: a frame the moment it is inserted (about:blank and
 * srcdoc frames exist synchronously), a frame's `contentWindow` / `contentDocument` when read,
 * each frame after it loads (a same-origin document), and a `window.open` popup before `open`
 * returns. Each realm is known by its own `Document` constructor, so a frame that navigated to a
 * new document in a new realm is entered again, and the first document's realm, which the browser
 * reuses for a same-origin navigation, only once. A cross-origin realm cannot be reached, by the
 * page either.
 */
export function watchRealms(w: Realm): Realms {
  const installs: Install[] = []
  const seen = new WeakSet<object>()
  const enter = (child: Realm | null | undefined): void => {
    try {
      if (child && !seen.has(child.Document)) {
        seen.add(child.Document)
        for (const install of installs) install(child)
        watch(child)
      }
    } catch {} // a cross-origin realm throws on the first read: nothing of it is reachable
  }
  const frames = (realm: Realm) => {
    for (let i = 0; i < realm.length; i++) enter(realm[i] as Realm)
  }
  const watch = (realm: Realm): void => {
    for (const [type, methods] of INSERTS) {
      const proto = (realm as unknown as Record<string, { prototype: Record<string, unknown> }>)[type]?.prototype
      for (const name of methods) {
        const native = proto?.[name] as ((...args: unknown[]) => unknown) | undefined
        if (native) {
          proto[name] = function (this: unknown, ...args: unknown[]) {
            try {
              return native.apply(this, args)
            } finally {
              frames(realm)
            }
          }
        }
      }
    }
    for (const [type, prop] of MARKUP) after(realm, type, prop, 'set', () => frames(realm))
    for (const type of ['HTMLIFrameElement', 'HTMLFrameElement', 'HTMLObjectElement']) {
      after(realm, type, 'contentWindow', 'get', enter)
      after(realm, type, 'contentDocument', 'get', (doc: Document | null) => enter(doc?.defaultView as Realm))
    }
    const open = realm.open
    realm.open = function (...args: Parameters<typeof open>) {
      const popup = open.apply(this, args) as Realm | null
      enter(popup)
      return popup
    }
    // A frame's load event does not bubble, but a capturing listener on the document hears it.
    realm.document.addEventListener('load', e => enter((e.target as HTMLIFrameElement).contentWindow as Realm), true)
    frames(realm)
  }
  return {
    add: install => void installs.push(install),
    start() {
      if (installs.length) enter(w)
    }
  }
}

/** Runs `then` with the result of an accessor's getter, or after its setter, of `type.prototype[prop]`. */
function after(realm: Realm, type: string, prop: string, kind: 'get' | 'set', then: (value: any) => void): void {
  const proto = (realm as unknown as Record<string, { prototype: object }>)[type]?.prototype
  if (!proto || !(prop in proto)) return
  const at = owning(proto, prop)
  const original = Object.getOwnPropertyDescriptor(at, prop)!
  const accessor = original[kind]!
  Object.defineProperty(at, prop, {
    ...original,
    [kind](this: unknown, value: unknown) {
      const result = accessor.call(this, value)
      then(kind == 'get' ? result : undefined)
      return result
    }
  })
}
