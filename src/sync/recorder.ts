import type { Handover } from '../lazy'
import type { Notice } from '../manager'
import type { Recorder } from '../write'
import { createDelivery } from './deliver'
import { appendRecord, type Fallback, openOutbox } from './outbox'
import { createRecord } from './record'

/**
 * Starts delivering the outbox to `config.endpoint` (records of earlier pages go out at once) and
 * returns the function that records a decision: appended synchronously, then sent once its
 * notice is known. Without an endpoint the returned function does nothing.
 */
export function startRecorder({ signals, expose, ended }: Handover, notice: () => Promise<Notice>): Recorder {
  // Records go where this visitor's jurisdiction sends them (SPEC 3.6), else nowhere.
  const { endpoint } = signals
  if (!endpoint) return () => {}
  const fallback: Fallback = {}
  const box = openOutbox(fallback)
  expose('outbox', box.read)
  const delivery = createDelivery(endpoint, box, notice, ended)
  return (decision, source) => {
    appendRecord(createRecord(signals, decision, source), fallback)
    delivery.fill()
  }
}
