import type { Core } from '../manager'
import { cleanup } from './cleanup'
import { type Kind, ownerOf } from './owner'
import { guardRequests } from './requests'
import { guardCookies, guardStorage } from './writes'

export { expireCookies } from './cleanup'

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
 * not granted, and cleans up what such a category left behind, at start (which covers a voided
 * or expired decision) and after every change.
 * Refusals are listed by `manager.debug().refused`.
 */
export function startGuard({ config, manager, ready, expose, decide }: Core): void {
  // One entry per kind and name: no kind starts with another, and the config gives a name one owner.
  const refused = new Map<string, Refusal>()
  const owner = ownerOf(config, manager.granted)
  const refuse = (kind: Kind, name: string): string | undefined => {
    const category = owner(kind, name)
    const key = kind + name
    if (category) refused.set(key, { kind, name, category, count: (refused.get(key)?.count || 0) + 1 })
    return category
  }
  // What no category owns costs nothing: its API stays untouched and cleanup never reads it.
  const owns = (field: 'cookies' | 'storage' | 'hosts') => config.categories.some(c => c[field].length)
  const cookie = owns('cookies') && guardCookies(refuse)
  const storage = owns('storage')
  if (storage) guardStorage(refuse)
  if (owns('hosts')) guardRequests(refuse, config.endpoint?.url)
  expose('refused', () => [...refused.values()])
  // Deleting on every path and domain is the write side's work, written past the guard's setter.
  const expire = (names: string[]) => decide(d => d.expire(names, value => (cookie as PropertyDescriptor).set!.call(document, value)))
  // Only a config known to be valid decides what to delete; a stored grant is in the store by then.
  void ready.then(ok => ok && (cookie || storage) && manager.store.subscribe(() => {
    if (!config.categories.every(c => manager.granted(c.name))) cleanup(owner, cookie, storage, expire)
  }))
}
