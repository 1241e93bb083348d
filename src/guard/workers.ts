import { scriptPolicy } from '../trusted-types'
import type { Realm } from './writes'

/** The BroadcastChannel on which running workers hear which host patterns are denied now. */
export const HOSTS_CHANNEL = 'consentry.hosts'

/** Denied host patterns as they travel to a worker: RegExp source and flags. */
export type HostList = [string, string][]

/**
 * Makes every dedicated and shared worker of a realm start with a guard of its requests: the
 * worker runs a blob URL script that installs `workerGuard` and then loads the original script
 * (`importScripts`, or a static import for a module worker). Only same-origin and blob: scripts are
 * wrapped: a cross-origin script fails as it does natively, and a `data:` one keeps its opaque
 * origin (the policy of SPEC 1.8 covers it).
 * @param denied the host patterns of the categories not granted now
 */
export function guardWorkers(w: Realm, denied: () => HostList): void {
  for (const name of ['Worker', 'SharedWorker'] as const) {
    const Native = w[name] as unknown as new (url: unknown, options?: unknown) => Worker
    if (!Native) continue
    w[name] = new Proxy(Native, {
      construct(type, args, newTarget) {
        const [url, options] = args as [unknown, string | WorkerOptions | undefined]
        let href: URL
        try {
          href = new URL(String(url), w.document.baseURI)
        } catch {
          return Reflect.construct(type, args, newTarget)
        }
        if (href.origin != w.location.origin && href.protocol != 'blob:') return Reflect.construct(type, args, newTarget)
        const script = JSON.stringify(href.href)
        const blob = (code: string) => w.URL.createObjectURL(new w.Blob([code], { type: 'text/javascript' }))
        const guard = `(${workerGuard})(${JSON.stringify(denied())},${script});`
        // A module worker imports the guard first and its script second: static imports run in
        // order, and the worker's messages wait for both (a top-level await would let them pass).
        const code = typeof options == 'object' && options?.type == 'module'
          ? `import ${JSON.stringify(blob(guard))};import ${script};`
          : `${guard}importScripts(${script})`
        return Reflect.construct(type, [scriptPolicy().scriptUrl(blob(code)), options], newTarget)
      }
    }) as never
  }
}

/**
 * Runs first inside a worker (its source is sent as text, so it uses nothing from outside):
 * refuses fetch, XMLHttpRequest, importScripts, WebSocket and EventSource to denied hosts, and
 * resolves relative URLs against the worker's own script URL, which the blob URL hides.
 */
function workerGuard(hosts: HostList, base: string): void {
  const g = self as unknown as Record<string, any>
  const compile = (list: HostList) => list.map(([source, flags]) => new RegExp(source, flags))
  let denied = compile(hosts)
  try {
    new BroadcastChannel('consentry.hosts').onmessage = e => { denied = compile(e.data) }
  } catch {}
  const resolve = (url: unknown) => new URL(String(url), base)
  const owned = (url: URL) => denied.some(p => p.test(url.hostname.replace(/\.$/, '')))
  const fail = () => new DOMException('Consentry: no consent for this host', 'NetworkError')

  const { fetch, importScripts, XMLHttpRequest: Xhr, Request } = g
  g.fetch = (input: any, init: any) => {
    const request = new Request(input instanceof Request ? input : resolve(input), init)
    return owned(resolve(request.url)) ? Promise.reject(new TypeError('Failed to fetch')) : fetch(request)
  }
  g.Request = new Proxy(Request, { construct: (type, [input, init]) => new type(input instanceof Request ? input : resolve(input), init) })
  if (importScripts) {
    g.importScripts = (...urls: unknown[]) => importScripts(...urls.map(u => {
      const url = resolve(u)
      if (owned(url)) throw fail()
      return url.href
    }))
  }
  if (Xhr) {
    const { open, send } = Xhr.prototype
    const held = new WeakSet()
    Xhr.prototype.open = function (method: string, url: unknown, ...rest: unknown[]) {
      const target = resolve(url)
      held[owned(target) ? 'add' : 'delete'](this)
      return open.call(this, method, target.href, ...rest)
    }
    Xhr.prototype.send = function (body: unknown) {
      if (!held.has(this)) return send.call(this, body)
      setTimeout(() => { for (const type of ['error', 'loadend']) this.dispatchEvent(new ProgressEvent(type)) })
    }
  }
  for (const name of ['WebSocket', 'EventSource']) {
    if (g[name]) {
      g[name] = new Proxy(g[name], {
        construct(type, args, newTarget) {
          if (owned(resolve(args[0]))) throw fail()
          return Reflect.construct(type, args, newTarget)
        }
      })
    }
  }
}
