import type { Core } from '../manager'
import type { createDelivery, Delivery } from './deliver'
import { openOutbox } from './outbox'
import { createRecord } from './record'

export { createDelivery } from './deliver'
export type { Delivery } from './deliver'

/** Builds the delivery of the outbox; loaded on demand, since most page views have nothing to send. */
export type DeliveryFactory = typeof createDelivery

export { backoff, BASE, CAP, retryAfter } from './backoff'
export { LIMIT, openOutbox } from './outbox'
export type { Entry, Outbox } from './outbox'
export { createRecord } from './record'
export type { ConsentRecord } from './record'

/**
 * Records every decision made on this page (resets included) in the outbox at once, and delivers
 * the outbox to `config.endpoint` once the config is known valid, on `online`, when the page is
 * hidden and on later loads. The delivery code is loaded only when the outbox holds a record, so a
 * returning visitor with nothing to send never downloads it.
 * Without an endpoint it does nothing. `debug().outbox` lists the entries waiting.
 */
export function startSync(core: Core, loadDelivery: () => Promise<DeliveryFactory>): void {
  const { config, manager } = core
  if (!config.endpoint) return
  const endpoint = config.endpoint
  const box = openOutbox()
  let delivery: Promise<Delivery> | undefined
  const deliver = (use: (d: Delivery) => void) => void (delivery ||= loadDelivery().then(create => {
    const d = create(endpoint, box, () => manager.notice())
    addEventListener('online', () => d.flush(true))
    addEventListener('pagehide', d.hide)
    const seen = () => document.visibilityState == 'hidden' ? d.hide() : d.show()
    document.addEventListener('visibilitychange', seen)
    seen()
    return d
  })).then(use)
  core.expose('outbox', box.read)
  core.onDecision(decision => {
    box.add(createRecord(config, decision))
    deliver(d => d.fill())
  })
  // A config checked asynchronously may still turn out invalid: send nothing until it is known good.
  void core.ready.then(ok => ok && box.read().length && deliver(d => {
    d.fill()
    d.flush()
  }))
}
