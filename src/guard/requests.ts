import { refusedObject } from './refused'
import type { Realm } from './writes'

/** True when a request to `url` must not be sent; `base` is the base URL of the calling document. */
export type Blocked = (url: unknown, base: string) => unknown

const NOOP = () => {}

/**
 * Stops requests to owned hosts in a realm through fetch, fetchLater, XMLHttpRequest, sendBeacon,
 * WebSocket and EventSource, each failing the way it fails offline. The prototype methods are
 * wrapped, not the instances, so `Navigator.prototype.sendBeacon.call(navigator, …)` is held too.
 */
export function guardRequests(w: Realm, blocked: Blocked): void {
  const refused = (url: unknown) => blocked(url, w.document.baseURI)
  /** Fires `types` on `target` later, as the browser reports a failed load. */
  const fail = (target: EventTarget, types: string[]): void =>
    void w.setTimeout(() => { for (const type of types) target.dispatchEvent(new w.ProgressEvent(type)) })

  const { fetch, fetchLater } = w as Realm & { fetchLater?: (input: unknown, init?: unknown) => unknown }
  // A Request carries its URL in `url`; strings and URL objects have none.
  const target = (input: unknown) => (input as Request)?.url || input
  if (fetch) w.fetch = (input, init) => refused(target(input)) ? Promise.reject(new w.TypeError('Failed to fetch')) : fetch.call(w, input, init)
  // A deferred fetch that is refused is never activated, as one the browser dropped.
  if (fetchLater) (w as { fetchLater?: unknown }).fetchLater = (input: unknown, init?: unknown) => refused(target(input)) ? { activated: false } : fetchLater.call(w, input, init)

  const nav = w.Navigator.prototype
  const beacon = nav.sendBeacon
  if (beacon) nav.sendBeacon = function (this: Navigator, url, data) { return !refused(url) && beacon.call(this, url, data) }

  const xhr = w.XMLHttpRequest.prototype
  const { open, send } = xhr
  const held = new WeakSet<XMLHttpRequest>()
  xhr.open = function (this: XMLHttpRequest, _method: string, url: string | URL) {
    delete (this as { readyState?: number }).readyState
    held[refused(url) ? 'add' : 'delete'](this)
    return open.apply(this, arguments as unknown as Parameters<typeof open>)
  }
  xhr.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    if (!held.has(this)) return send.call(this, body)
    // As offline: DONE with status 0, then error and loadend, asynchronously; send() itself does not throw.
    Object.defineProperty(this, 'readyState', { value: 4, configurable: true })
    fail(this, ['readystatechange', 'error', 'loadend'])
  }

  // A refused socket or event stream is made and then fails, as one whose host cannot be reached.
  const sockets = [
    ['WebSocket', { readyState: 3, protocol: '', extensions: '', bufferedAmount: 0, binaryType: 'blob', send: NOOP }, ['open', 'message', 'error', 'close'],
      () => [new w.Event('error'), new w.CloseEvent('close', { code: 1006 })]],
    ['EventSource', { readyState: 2, withCredentials: false }, ['open', 'message', 'error'], () => [new w.Event('error')]]
  ] as const
  for (const [name, state, handlers, events] of sockets) {
    const Native = w[name] as unknown as new (...args: unknown[]) => object
    if (!Native) continue
    w[name] = new Proxy(Native, {
      construct: (type, args, newTarget) => refused(args[0])
        ? refusedObject(w, type, { ...state, url: String(args[0]), close: NOOP }, [...handlers], events)
        : Reflect.construct(type, args, newTarget)
    }) as never
  }
}
