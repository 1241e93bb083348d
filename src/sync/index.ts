import type { Core } from '../manager'
import { type Entry, KEY } from './outbox'

export { backoff, BASE, CAP, retryAfter } from './backoff'
export { createDelivery } from './deliver'
export type { Delivery } from './deliver'
export { appendRecord, LIMIT, openOutbox } from './outbox'
export type { Entry, Fallback, Outbox } from './outbox'
export { createRecord } from './record'
export type { ConsentRecord } from './record'
export { startRecorder } from './recorder'

/**
 * The core's part of sync: `debug().outbox` lists the records waiting, and records left by an
 * earlier page are sent once the config is known valid, by the write side, which the script tag
 * loads only then: a returning visitor with nothing to send never downloads it. Without an
 * endpoint it does nothing.
 */
export function startSync(core: Core): void {
  if (!core.config.endpoint) return
  const read = (): Entry[] => {
    try {
      return JSON.parse(localStorage[KEY])
    } catch {
      return [] // nothing stored, or storage disabled
    }
  }
  core.expose('outbox', read)
  void core.ready.then(ok => ok && read().length && core.decide(() => {}))
}
