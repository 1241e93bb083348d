/**
 * What only a deciding visitor needs, loaded on demand: the UI, the write side (decisions, their
 * cookie and records, the delivery of records) and the config checker. A returning visitor with
 * nothing to send never loads it.
 */
export { createUi } from '../ui'
export { createDecisions } from '../decide'
export { checkConfig } from '../config'
