import { warn } from '../log'
import type { ConsentRecord } from './record'

const KEY = 'consentry.outbox'

/** Most records the outbox holds; at the bound the oldest is dropped with a warning. */
export const LIMIT = 100

/** One record waiting for a 2xx answer, with its delivery state. */
export interface Entry {
  /** The record, as it will be sent. */
  record: ConsentRecord
  /** Sends tried so far. */
  attempts: number
  /** Epoch ms before which it is not sent again (0: at once). */
  next: number
}

/** The durable list of records not yet delivered. */
export interface Outbox {
  /** The entries, oldest first. */
  read(): Entry[]
  /** Reads, lets `fn` change the list (or return a new one) and writes it back at once. */
  edit(fn: (list: Entry[]) => Entry[] | void): void
  /** Appends a record; synchronous, so a navigation right after cannot lose it. */
  add(record: ConsentRecord): void
}

/**
 * Opens the outbox in localStorage (`consentry.outbox`, a JSON array). Every change re-reads the
 * stored list first, so records added by another tab of the site are kept. Where localStorage
 * throws (private mode, quota) the outbox lives in memory for this page and a warning says so.
 */
export function openOutbox(): Outbox {
  let memory: Entry[] | undefined
  const read = (): Entry[] => {
    if (memory) return memory
    try {
      const list = JSON.parse(localStorage.getItem(KEY) || '[]')
      return Array.isArray(list) ? list.filter(e => e && e.record && e.record.id) : []
    } catch {
      return []
    }
  }
  const edit = (fn: (list: Entry[]) => Entry[] | void): void => {
    const old = read()
    const list = fn(old) || old
    if (!memory) {
      try {
        return localStorage.setItem(KEY, JSON.stringify(list))
      } catch {
        warn('no localStorage: consent records wait in memory, lost if the page closes first.')
      }
    }
    memory = list
  }
  return {
    read,
    edit,
    add: record => edit(list => {
      for (const { record: old } of list.splice(0, list.length + 1 - LIMIT)) {
        warn(`outbox full: record ${old.id} dropped unsent.`)
      }
      list.push({ record, attempts: 0, next: 0 })
    })
  }
}
