import type { Core } from '../manager'
import { readOutbox } from './outbox'

export { backoff, BASE, CAP, retryAfter } from './backoff'
export { createDelivery } from './deliver'
export type { Delivery } from './deliver'
export { appendRecord, LIMIT, openOutbox, readOutbox } from './outbox'
export type { Entry, Fallback, Outbox } from './outbox'
export { createRecord } from './record'
export type { ConsentRecord } from './record'
export { startRecorder } from './recorder'

/**
 * The core's part of sync: `debug().outbox` lists the records waiting, and records an earlier
 * page left are sent once the config is known valid, by the lazy part, which is loaded only then:
 * a returning visitor with nothing to send never downloads it. The look happens in a task of its
 * own, so opening localStorage never holds up the page's start. Without an endpoint it does nothing.
 */
export function startSync(core: Core): void {
  if (!core.signals.endpoint) return
  core.expose('outbox', readOutbox)
  void core.ready.then(ok => ok && setTimeout(() => readOutbox().length && core.lazy().catch(() => {})))
}
