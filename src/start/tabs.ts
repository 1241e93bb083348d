import type { Core } from '../manager'
import { readConsentCookie } from '../persist'

/** The channel (and, without BroadcastChannel, the localStorage key) a decision is announced on. */
const CHANNEL = 'consentry'
const KEY = 'consentry.tab'

/**
 * Keeps the site's open tabs on one decision (SPEC 1.4): each change of the decision here is
 * announced to the other tabs, and one announced by another tab takes effect here at once —
 * banner hidden, gates released or held, cleanup done — through the core's commit, so it makes no
 * record of its own. The message only says that something changed: the decision itself is read
 * again from the consent cookie the tabs share, which is what a reload would see, so a forged or
 * stale message grants nothing, and the echo of a tab's own announcement (the same decision id)
 * changes nothing. BroadcastChannel carries the message; where a browser lacks it, a `storage`
 * event on `consentry.tab` does.
 * @returns a function that stops announcing and listening, and closes the channel
 */
export function syncTabs({ config, signals, store, ready, commit, show }: Core): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  // The message and the cookie travel apart (Chromium sets a cookie asynchronously, in another
  // process), so the announcement can arrive before the cookie it announces: until the cookie
  // carries the announced decision, it is read again every 50 ms, for a second at most.
  const check = (announced: unknown, tries: number) => {
    const now = readConsentCookie(config, signals)?.decision ?? null
    if ((now?.id ?? null) != announced && tries) return void (timer = setTimeout(check, 50, announced, tries - 1))
    if (now?.id == store.get()?.id) return
    commit(now)
    // The other tab forgot the decision (reset): this one asks again, as it would after a reload.
    if (!now) show('banner')
  }
  // A destroyed core commits and shows nothing, so a message still in flight when this stops is
  // harmless; an announcement no cookie backs (forged, or made stale by a later one) ends as a read.
  const receive = (announced: unknown) => void ready.then(ok => {
    clearTimeout(timer)
    if (ok) check(announced || null, 20)
  })
  const onStorage = (e: StorageEvent) => e.key == KEY && receive(e.newValue?.split(':')[0])

  const channel = typeof BroadcastChannel == 'function' ? new BroadcastChannel(CHANNEL) : null
  if (channel) channel.onmessage = e => receive(Object(e.data).id)
  else addEventListener('storage', onStorage)

  // Listening starts once the stored decision is in place, so only decisions made here go out.
  let unlisten = () => {}
  void ready.then(ok => {
    if (ok) {
      unlisten = store.listen(d => {
        const id = d?.id ?? null
        try {
          // The storage value changes every time, since a storage event fires only for a change.
          channel ? channel.postMessage({ id }) : localStorage.setItem(KEY, `${id ?? ''}:${Date.now()}`)
        } catch {} // a disabled storage leaves the other tabs to their next page load
      })
    }
  })

  return () => {
    unlisten()
    clearTimeout(timer)
    channel?.close()
    removeEventListener('storage', onStorage)
  }
}
