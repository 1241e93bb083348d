import type { Refuse } from './writes'

/**
 * Stops requests to owned hosts through fetch, XMLHttpRequest, sendBeacon and script-set image
 * sources, each failing the way it fails offline. `exempt` (the consent endpoint) always passes.
 */
export function guardRequests(refuse: Refuse, exempt: string | undefined): void {
  const w = window
  const blocked = (url: unknown): boolean | undefined => {
    try {
      const u = new URL(String(url), location.href)
      return strip(u.href) != exempt && refuse('request', u.hostname)
    } catch {
      return false // an invalid URL fails by itself
    }
  }
  const fetch = w.fetch
  if (fetch) {
    w.fetch = (input, init) => blocked(input instanceof Request ? input.url : input)
      ? Promise.reject(new TypeError('Failed to fetch'))
      : fetch.call(w, input, init)
  }
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
    setTimeout(() => {
      for (const type of ['readystatechange', 'error', 'loadend']) this.dispatchEvent(new ProgressEvent(type))
    })
  }

  const img = HTMLImageElement.prototype
  const src = Object.getOwnPropertyDescriptor(img, 'src')!
  Object.defineProperty(img, 'src', {
    ...src,
    set(this: HTMLImageElement, value: string) {
      if (!blocked(value)) src.set!.call(this, value)
      else setTimeout(() => this.dispatchEvent(new Event('error')))
    }
  })
}

/** The URL without query or fragment. */
export function strip(url: string): string {
  return url.split(/[?#]/)[0]
}
