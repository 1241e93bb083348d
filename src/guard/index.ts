import type { Core } from '../manager'
import { cleanup } from './cleanup'
import { type Kind, ownerOf } from './owner'
import { guardRequests } from './requests'
import { guardCookies, guardStorage } from './writes'

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
 * or expired decision) and after every change. It starts whatever the config check says: an
 * invalid config still guards every name and host it could read, since nothing is granted then.
 * Refusals are listed by `manager.debug().refused`.
 * @returns a function that stops the guard: its patches stay in place but let everything pass
 *   (a later guard, after hot reload, patches over them), and cleanup stops
 */
export function startGuard({ config, signals, granted, grants, ready, expose }: Core): () => void {
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
  const cookie = owns('cookies') && guardCookies(refuse)
  const storage = owns('storage')
  if (storage) guardStorage(refuse)
  if (owns('hosts')) guardRequests(refuse, signals.endpoint?.url)
  expose('refused', () => [...refused.values()])
  // Only a config known valid decides what to delete: an invalid one could name the site's own cookies by mistake.
  const clean = () => {
    if (config.categories.some(c => !granted(c.name))) cleanup(owner, cookie, storage)
  }
  let unlisten = () => {}
  if (cookie || storage) {
    void ready.then(ok => {
      if (ok && !stopped) {
        clean()
        unlisten = grants.listen(clean)
      }
    })
  }
  return () => {
    stopped = true
    unlisten()
  }
}
