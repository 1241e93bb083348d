import { refusedObject } from './refused'
import { installEach, type Realm } from './writes'

/** True when a request to `url` must not be sent; `base` is the base URL of the calling document. */
export type Blocked = (url: unknown, base: string) => unknown

const NOOP = () => {}

/**
 * Stops requests to owned hosts in a realm through fetch, fetchLater, XMLHttpRequest, sendBeacon,
 * WebSocket and EventSource, each failing the way it fails offline, each API patched on its own.
 * The prototype methods are wrapped, not the instances, so
 * `Navigator.prototype.sendBeacon.call(navigator, …)` is held too.
 */
export function guardRequests(w: Realm, blocked: Blocked): void {
  const refused = (url: unknown) => blocked(url, w.document.baseURI)
  // A Request carries its URL in `url`; strings and URL objects have none.
  const target = (input: unknown) => (input as Request)?.url || input
  const later = w as { fetchLater?: (input: unknown, init?: unknown) => unknown }

  const fetch = (): void => {
    const native = w.fetch
    if (native) w.fetch = (input, init) => refused(target(input)) ? Promise.reject(new w.TypeError('Failed to fetch')) : native.call(w, input, init)
  }
  // A deferred fetch that is refused is never activated, as one the browser dropped.
  const fetchLater = (): void => {
    const native = later.fetchLater
    if (native) later.fetchLater = (input, init) => refused(target(input)) ? { activated: false } : native.call(w, input, init)
  }
  const beacon = (): void => {
    const nav = w.Navigator.prototype
    const native = nav.sendBeacon
    nav.sendBeacon = function (this: Navigator, url, data) { return !refused(url) && native.call(this, url, data) }
  }
  const xhr = (): void => {
    const proto = w.XMLHttpRequest.prototype
    const { open, send } = proto
    const held = new WeakSet<XMLHttpRequest>()
    proto.open = function (this: XMLHttpRequest, _method: string, url: string | URL) {
      delete (this as { readyState?: number }).readyState
      held[refused(url) ? 'add' : 'delete'](this)
      return open.apply(this, arguments as unknown as Parameters<typeof open>)
    }
    proto.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      if (!held.has(this)) return send.call(this, body)
      // As offline: DONE with status 0, then error and loadend, asynchronously; send() itself does not throw.
      Object.defineProperty(this, 'readyState', { value: 4, configurable: true })
      w.setTimeout(() => { for (const type of ['readystatechange', 'error', 'loadend']) this.dispatchEvent(new w.ProgressEvent(type)) })
    }
  }
  // A refused socket or event stream is made and then fails, as one whose host cannot be reached.
  const socket = (name: 'WebSocket' | 'EventSource', state: object, handlers: string[], events: () => Event[]) => (): void => {
    const Native = w[name] as unknown as new (...args: unknown[]) => object
    if (!Native) return
    w[name] = new Proxy(Native, {
      construct: (type, args, newTarget) => refused(args[0])
        ? refusedObject(w, type, { ...state, url: String(args[0]), close: NOOP }, handlers, events)
        : Reflect.construct(type, args, newTarget)
    }) as never
  }
  installEach([fetch, fetchLater, beacon, xhr,
    socket('WebSocket', { readyState: 3, protocol: '', extensions: '', bufferedAmount: 0, binaryType: 'blob', send: NOOP }, ['open', 'message', 'error', 'close'],
      () => [new w.Event('error'), new w.CloseEvent('close', { code: 1006 })]),
    socket('EventSource', { readyState: 2, withCredentials: false }, ['open', 'message', 'error'], () => [new w.Event('error')])])
}
