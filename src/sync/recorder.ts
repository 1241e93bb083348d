import type { Core, Decision } from '../manager'
import { createDelivery } from './deliver'
import { appendRecord, type Fallback, openOutbox } from './outbox'
import { createRecord } from './record'

/**
 * Starts delivering the outbox to `config.endpoint` (records of earlier pages go out at once) and
 * returns the function that records a decision: appended synchronously, then sent. Without an
 * endpoint the returned function does nothing.
 */
export function startRecorder(core: Core): (decision: Decision) => void {
  const { config, manager } = core
  const endpoint = config.endpoint
  if (!endpoint) return () => {}
  const fallback: Fallback = {}
  const box = openOutbox(fallback)
  core.expose('outbox', box.read)
  const delivery = createDelivery(endpoint, box, () => manager.notice())
  return decision => {
    appendRecord(createRecord(config, decision), fallback)
    delivery.fill()
  }
}
