import { type Refuse, wrapSetter } from './writes'

/**
 * Stops requests to owned hosts through fetch, XMLHttpRequest, sendBeacon and script-set image
 * sources, each failing the way it fails offline. `endpoint` (where consent is recorded) always passes.
 */
export function guardRequests(refuse: Refuse, endpoint: string | undefined): void {
  const w = window
  const exempt = endpoint && strip(new URL(endpoint, document.baseURI).href)
  // A URL is judged as the browser will resolve it: against the document's base URL, its host
  // name without the trailing dot that names the same host.
  const blocked = (url: unknown): unknown => {
    try {
      const u = new URL(url as string, document.baseURI)
      return strip(u.href) != exempt && refuse('request', u.hostname.replace(/\.$/, ''))
    } catch {
      return false // an invalid URL fails by itself
    }
  }
  /** Fires `types` on `target` later, as the browser reports a failed load. */
  const fail = (target: EventTarget, types: string[], Type: new (type: string) => Event = Event): void =>
    void setTimeout(() => { for (const type of types) target.dispatchEvent(new Type(type)) })

  const fetch = w.fetch
  // A Request carries its URL in `url`; strings and URL objects have none.
  if (fetch) w.fetch = (input, init) => blocked((input as Request).url || input) ? Promise.reject(new TypeError('Failed to fetch')) : fetch.call(w, input, init)
  const beacon = navigator.sendBeacon
  if (beacon) navigator.sendBeacon = (url, data) => !blocked(url) && beacon.call(navigator, url, data)

  const xhr = XMLHttpRequest.prototype
  const { open, send } = xhr
  const refused = new WeakSet<XMLHttpRequest>()
  xhr.open = function (this: XMLHttpRequest, _method: string, url: string | URL) {
    delete (this as { readyState?: number }).readyState
    refused[blocked(url) ? 'add' : 'delete'](this)
    return open.apply(this, arguments as unknown as Parameters<typeof open>)
  }
  xhr.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    if (!refused.has(this)) return send.call(this, body)
    // As offline: DONE with status 0, then error and loadend, asynchronously; send() itself does not throw.
    Object.defineProperty(this, 'readyState', { value: 4, configurable: true })
    fail(this, ['readystatechange', 'error', 'loadend'], ProgressEvent)
  }

  wrapSetter(HTMLImageElement.prototype, 'src', (img, value) => !blocked(value) || fail(img, ['error']))
}

/** The URL without query or fragment. */
export function strip(url: string): string {
  return url.split(/[?#]/)[0]
}
