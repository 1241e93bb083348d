import type { Core } from '../manager'
import type { createDelivery, Delivery } from './deliver'
import { appendRecord, type Fallback, openOutbox } from './outbox'
import { createRecord } from './record'

export { backoff, BASE, CAP, retryAfter } from './backoff'
export { createDelivery } from './deliver'
export type { Delivery } from './deliver'
export { appendRecord, LIMIT, openOutbox } from './outbox'
export type { Entry, Fallback, Outbox } from './outbox'
export { createRecord } from './record'
export type { ConsentRecord } from './record'

/** Builds the delivery of the outbox; loaded on demand, since most page views have nothing to send. */
export type DeliveryFactory = typeof createDelivery

/**
 * Records every decision made on this page (resets included) in the outbox at once, and has the
 * outbox delivered to `config.endpoint` once the config is known valid. The delivery travels in
 * the lazy part, loaded only when the outbox holds a record, so a returning visitor with nothing
 * to send never downloads it. Without an endpoint it does nothing. `debug().outbox` lists the
 * entries waiting.
 */
export function startSync(core: Core, loadDelivery: () => Promise<DeliveryFactory>): void {
  const { config, manager } = core
  const endpoint = config.endpoint
  if (!endpoint) return
  const fallback: Fallback = {}
  const box = openOutbox(fallback)
  let delivery: Promise<Delivery> | undefined
  const deliver = () => delivery ||= loadDelivery().then(create => create(endpoint, box, () => manager.notice()))
  core.expose('outbox', box.read)
  core.onDecision(decision => {
    appendRecord(createRecord(config, decision), fallback)
    void deliver().then(d => d.fill())
  })
  // A config checked asynchronously may still turn out invalid: send nothing until it is known good.
  void core.ready.then(ok => {
    if (ok && box.read().length) deliver()
  })
}
