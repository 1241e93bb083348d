import type { Core } from '../manager'
import { readConsentCookie } from '../persist'

/** The channel (and, without BroadcastChannel, the localStorage key) a decision is announced on. */
const CHANNEL = 'consentry'
const KEY = 'consentry.tab'

/**
 * Keeps the site's open tabs on one decision (SPEC 1.4): each decision made here is announced to
 * the other tabs, and a decision announced by another tab takes effect here within the same task
 * it arrives in — banner hidden, gates released or held, cleanup done — through the core's commit,
 * so it makes no record of its own. The message only says that something changed: the decision
 * itself is read again from the consent cookie the tabs share, which is what a reload would see,
 * so a forged or stale message cannot grant anything. BroadcastChannel carries the message; where
 * a browser lacks it, a `storage` event on `consentry.tab` does.
 * @returns a function that stops announcing and listening, and closes the channel
 */
export function syncTabs({ config, signals, store, ready, commit, show }: Core): () => void {
  let receiving = false
  let stopped = false

  const receive = () => void ready.then(ok => {
    if (!ok || stopped) return
    const now = readConsentCookie(config, signals.gpc)?.decision ?? null
    if ((now?.id ?? null) === (store.get()?.id ?? null)) return
    receiving = true
    try {
      commit(now)
    } finally {
      receiving = false
    }
    // The other tab forgot the decision (reset): this one asks again, as it would after a reload.
    if (!now) show('banner')
  })
  const onStorage = (e: StorageEvent) => e.key == KEY && receive()

  const channel = typeof BroadcastChannel == 'function' ? new BroadcastChannel(CHANNEL) : null
  if (channel) channel.onmessage = receive
  else addEventListener('storage', onStorage)

  const announce = (id: string | null) => {
    if (channel) channel.postMessage({ id })
    else {
      try {
        // A new value every time, since a storage event fires only for a change.
        localStorage.setItem(KEY, `${id}:${Date.now()}`)
      } catch {} // a disabled storage leaves the other tabs to their next page load
    }
  }
  // Listening starts once the stored decision is in place, so only decisions made here go out.
  let unlisten = () => {}
  void ready.then(ok => {
    if (ok && !stopped) {
      unlisten = store.listen(d => {
        if (!receiving) announce(d?.id ?? null)
      })
    }
  })

  return () => {
    stopped = true
    unlisten()
    channel?.close()
    removeEventListener('storage', onStorage)
  }
}
