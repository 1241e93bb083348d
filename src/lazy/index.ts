/**
 * What only a deciding visitor needs, loaded on demand: the UI, the delivery of consent records
 * and the config checker. A returning visitor with nothing to send never loads it.
 */
export { createUi } from '../ui'
export { createDelivery } from '../sync'
export { checkConfig } from '../config'
