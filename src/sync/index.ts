import type { Core } from '../manager'
import { createDelivery } from './deliver'
import { openOutbox } from './outbox'
import { createRecord } from './record'

export { backoff, BASE, CAP, retryAfter } from './backoff'
export { LIMIT, openOutbox } from './outbox'
export type { Entry, Outbox } from './outbox'
export { createRecord } from './record'
export type { ConsentRecord } from './record'

/**
 * Records every decision made on this page (resets included) in the outbox at once, and delivers
 * the outbox to `config.endpoint` once the config is known valid, on `online`, when the page is
 * hidden and on later loads.
 * Without an endpoint it does nothing. `debug().outbox` lists the entries waiting.
 */
export function startSync(core: Core): void {
  const { config, manager } = core
  if (!config.endpoint) return
  const box = openOutbox()
  const delivery = createDelivery(config.endpoint, box, () => manager.notice())
  core.expose('outbox', box.read)
  core.onDecision(decision => {
    box.add(createRecord(config, decision))
    delivery.fill()
  })
  // A config checked asynchronously may still turn out invalid: send nothing until it is known good.
  void core.ready.then(ok => {
    if (!ok) return
    addEventListener('online', () => delivery.flush(true))
    addEventListener('pagehide', delivery.hide)
    document.addEventListener('visibilitychange', () => document.visibilityState == 'hidden' ? delivery.hide() : delivery.show())
    delivery.fill()
    delivery.flush()
  })
}
