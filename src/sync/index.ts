import type { Core } from '../manager'
import { readOutbox } from './outbox'

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
 * loads only then: a returning visitor with nothing to send never downloads it. The look happens
 * in a task of its own, so opening localStorage never holds up the page's start. Without an
 * endpoint it does nothing.
 */
export function startSync(core: Core): void {
  if (!core.config.endpoint) return
  core.expose('outbox', readOutbox)
  void core.ready.then(ok => ok && setTimeout(() => readOutbox().length && core.decide()))
}
