import type { EndpointConfig } from '../config'
import { warn } from '../log'
import type { Notice } from '../manager'
import { backoff, retryAfter } from './backoff'
import type { Entry, Outbox } from './outbox'
import { pending } from './record'

/** Sends the outbox to the endpoint; see `createDelivery`. */
export interface Delivery {
  /** Sends every ready record that is due (all ready ones with `force`), and schedules the next try. */
  flush(force?: boolean): void
  /** Fills pending records from `notice()`, then flushes. */
  fill(): void
  /** The page is being hidden or unloaded: send everything now, by beacon where it can. */
  hide(): void
  /** The page is visible again. */
  show(): void
}

// setTimeout fires at once for delays over 2^31-1 ms; a far Retry-After date is re-checked daily.
const DAY = 864e5

/**
 * Delivers the outbox, starting at once and again on `online`, `pagehide` and visibility
 * changes. Records go out at least once: `fetch` with `keepalive`, or `sendBeacon` while the page is
 * hidden. A record leaves the outbox only on a 2xx answer, or on a 4xx other than 408/429 (with a
 * warning); anything else is retried with backoff. One send per record at a time.
 * @param ended aborted when the core is destroyed: the listeners go and no try is scheduled (the
 *   outbox keeps what waits, for the next manager)
 */
export function createDelivery(
  { url, headers = {}, credentials = 'same-origin' }: EndpointConfig,
  box: Outbox,
  notice: () => Promise<Notice>,
  ended?: AbortSignal
): Delivery {
  const busy: Record<string, 1> = {}
  // A beacon cannot carry custom headers and always sends the receiver's cookies, so it is used
  // only when neither matters. Its string body goes out as text/plain: no CORS preflight.
  const beacon = !Object.keys(headers).length && credentials != 'omit'
  let hidden = false
  let timer: ReturnType<typeof setTimeout> | undefined

  const drop = (id: string) => box.edit(list => list.filter(e => e.record.id != id))
  const retry = (id: string, wait?: number) => box.edit(list => {
    for (const e of list) if (e.record.id == id) {
      e.attempts++
      e.next = Date.now() + (wait ?? backoff(e.attempts))
    }
  })

  const send = ({ record }: Entry): void => {
    const { id } = record
    const body = JSON.stringify(record)
    // A beacon's answer is never known: count it as an attempt and keep the record until a fetch sees 2xx.
    if (hidden && beacon && navigator.sendBeacon(url, body)) return retry(id)
    busy[id] = 1
    fetch(url, { method: 'POST', keepalive: true, headers: { 'content-type': 'application/json', ...headers }, credentials, body })
      .then(res => {
        const s = res.status
        if (res.ok) drop(id)
        else if (s < 400 || s > 499 || s == 408 || s == 429) retry(id, retryAfter(res.headers.get('retry-after'), Date.now()))
        else {
          drop(id)
          warn(`the endpoint answered ${s}: record ${id} was dropped.`)
        }
      }, () => retry(id))
      .then(() => {
        delete busy[id]
        schedule()
      })
  }

  const ready = (e: Entry) => !busy[e.record.id] && !pending(e.record)

  const schedule = () => {
    clearTimeout(timer)
    if (ended?.aborted) return
    const due = box.read().filter(ready).map(e => e.next)
    if (due.length) timer = setTimeout(flush, Math.min(DAY, Math.max(0, Math.min(...due) - Date.now())))
  }

  const flush = (force?: boolean) => {
    const now = Date.now()
    for (const e of box.read()) if (ready(e) && (force || e.next <= now)) send(e)
    schedule()
  }

  const d: Delivery = {
    flush,
    fill() {
      if (!box.read().some(e => pending(e.record))) return
      const fill = (n: Notice) => {
        box.edit(list => {
          for (const { record } of list) {
            if (pending(record)) {
              record.language = n.language
              record.notice = n.hash
              record.noticeText = n.text
            }
          }
        })
        flush()
      }
      // A failing UI must not hold records back forever: send them without a notice instead.
      notice().then(fill, () => fill({ hash: null, language: '', text: '' }))
    },
    hide() {
      if (!hidden) {
        hidden = true
        // A record whose fetch is still under way goes by beacon too: the page may not live to
        // see the fetch's answer, and a second copy is deduplicated by its id.
        const inFlight = box.read().filter(e => busy[e.record.id])
        flush(true)
        if (beacon) for (const { record } of inFlight) navigator.sendBeacon(url, JSON.stringify(record))
      }
    },
    show() {
      hidden = false
      flush()
    }
  }
  const listening = { signal: ended }
  addEventListener('online', () => flush(true), listening)
  addEventListener('pagehide', d.hide, listening)
  const seen = () => document.visibilityState == 'hidden' ? d.hide() : d.show()
  document.addEventListener('visibilitychange', seen, listening)
  ended?.addEventListener('abort', () => clearTimeout(timer))
  seen()
  d.fill()
  flush()
  return d
}
