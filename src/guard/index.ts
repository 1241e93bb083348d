import type { Core } from '../manager'
import { cleanup } from './cleanup'
import { type Kind, ownerOf } from './owner'
import type { Install, Realms } from './realms'
import { reloadForPolicy } from './reload'
import { reportBefore } from './report'
import { guardRequests } from './requests'
import { guardCookieStore, guardIndexedDb } from './stores'
import { hostOf, strip } from './url'
import { guardWorkers, HOSTS_CHANNEL, type HostList } from './workers'
import { guardCookies, guardStorage, installEach } from './writes'

export { ownerOf, type Owner } from './owner'
export { hostOf } from './url'
export { watchRealms, type Install, type Realms } from './realms'
export type { Realm } from './writes'

/** One kind of refused write or request, as `manager.debug().refused` lists it. */
export interface Refusal {
  /** What was refused. */
  kind: Kind
  /** The cookie name, storage key or hostname. */
  name: string
  /** The category that owns it and was not granted. */
  category: string
  /** How many times it was refused. */
  count: number
}

/**
 * Guards cookies, storage and (when the config owns hosts) requests of every category that is
 * not granted, in this window and in every same-origin realm that appears from it (frames,
 * popups) and in workers, and cleans up what such a category left behind, at start (which covers
 * a voided or expired decision), after every change and whenever the cookie store reports an
 * owned cookie, however it was set. It starts whatever the config check says: an invalid config
 * still guards every name and host it could read, since nothing is granted then. Each patch is
 * installed on its own, so one the browser refuses leaves the others in place. Refusals are
 * listed by `manager.debug().refused`.
 * @param realms the page's watcher of realms, which runs this guard's install in each
 * @returns a function that stops the guard: its patches stay in place but let everything pass
 *   (a later guard, after hot reload, patches over them), and cleanup stops
 */
export function startGuard(core: Core, realms: Realms): () => void {
  const { config, signals, granted, grants, ready, expose } = core
  // One entry per kind and name: no kind starts with another, and the config gives a name one owner.
  const refused = new Map<string, Refusal>()
  let stopped = false
  const owner = ownerOf(config, name => stopped || granted(name))
  const refuse = (kind: Kind, name: string): string | undefined => {
    const category = owner(kind, name)
    const key = kind + name
    if (category) refused.set(key, { kind, name, category, count: (refused.get(key)?.count || 0) + 1 })
    return category
  }
  // What no category owns costs nothing: its API stays untouched and cleanup never reads it.
  const owns = (field: 'cookies' | 'storage' | 'hosts') => config.categories.some(c => c[field].length)
  let exempt: string | undefined
  try {
    exempt = signals.endpoint ? strip(new URL(signals.endpoint.url, document.baseURI).href) : undefined
  } catch {} // an endpoint that is no URL is reported by the check and exempts nothing
  // The endpoint's URL is compared only for a host that is refused, so an allowed request is parsed once.
  const blocked = (url: unknown, base: string): unknown => {
    const host = hostOf(url, base)
    return host && owner('request', host) && strip(new URL(String(url), base).href) != exempt && refuse('request', host)
  }
  const denied = (): HostList => config.categories.filter(c => !stopped && !granted(c.name)).flatMap(c => c.hosts.map((p): [string, string] => [p.source, p.flags]))

  let cookie: PropertyDescriptor | false = false
  const storages = new WeakMap<object, Storage>()
  let store: EventTarget | undefined
  // The patches of one realm; the first realm's cookie accessor and cookie store serve cleanup.
  const install: Install = w => installEach(([
    ['cookies', () => { const c = guardCookies(w, refuse); cookie ||= c }],
    ['cookies', () => { store ||= guardCookieStore(w, refuse) }],
    ['storage', () => guardStorage(w, refuse, storages)],
    ['storage', () => guardIndexedDb(w, refuse)],
    ['hosts', () => guardRequests(w, blocked)],
    ['hosts', () => guardWorkers(w, denied)]
  ] as const).filter(([field]) => owns(field)).map(([, patch]) => patch))
  if ((['cookies', 'storage', 'hosts'] as const).some(owns)) realms.add(install)
  const storage = owns('storage')
  expose('refused', () => [...refused.values()])
  const stops: (() => void)[] = []
  if (owns('hosts')) {
    stops.push(reloadForPolicy(core, ownerOf(config, () => false)))
    // Workers started earlier hear what is denied now.
    let channel: BroadcastChannel | undefined
    stops.push(grants.listen(() => {
      try {
        (channel ||= new BroadcastChannel(HOSTS_CHANNEL)).postMessage(denied())
      } catch {}
    }), () => channel?.close())
  }
  // Only a config known valid decides what to delete: an invalid one could name the site's own cookies by mistake.
  const clean = () => {
    if (!stopped && config.categories.some(c => !granted(c.name))) cleanup(owner, cookie, storage)
  }
  // The cookie store reports every cookie that changes; only one a denied category owns needs a cleanup.
  const cleanOwned = (e: Event) => {
    if ((e as Event & { changed?: { name?: string }[] }).changed?.some(c => c.name && owner('cookie', c.name))) clean()
  }
  void ready.then(ok => {
    if (stopped) return
    if (owns('cookies') || owns('hosts')) reportBefore(owner, String(document.cookie))
    if (ok && (cookie || storage)) {
      clean()
      stops.push(grants.listen(clean))
      store?.addEventListener('change', cleanOwned)
      stops.push(() => store?.removeEventListener('change', cleanOwned))
    }
  })
  return () => {
    stopped = true
    for (const stop of stops) stop()
  }
}
