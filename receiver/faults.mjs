// Storage faults are said once when they start and once when they end, not once per request:
// a full disk under load would otherwise bury the log it makes unreadable.

/** @returns `{ failed(error), ok() }` */
export function createFaultLog(logger) {
  let failing = false
  return {
    failed(error) {
      if (failing) return
      failing = true
      logger.error(`consentry receiver: storage failed, answering 503 until it works again: ${error?.message || error}`)
    },
    ok() {
      if (!failing) return
      failing = false
      logger.info?.('consentry receiver: storage works again')
    }
  }
}
