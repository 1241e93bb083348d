import { warn } from '../log'
import type { ConsentRecord } from './record'

const KEY = 'consentry.outbox'

/** Most records the outbox holds; past the bound the oldest are dropped, each with a warning. */
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
}

/** Where the outbox lives when localStorage throws (private mode, quota): this page's memory. */
export type Fallback = { list?: Entry[] }

/** What the outbox holds, oldest first, as stored; what cannot be read (nothing stored, storage disabled) counts as empty. */
export function readOutbox(fallback: Fallback = {}): Entry[] {
  try {
    return fallback.list || JSON.parse(localStorage[KEY]) || []
  } catch {
    return []
  }
}

/** The entries the delivery works on: anything damaged (not a list, no record id) is left out, so the next write drops it. */
function entries(fallback: Fallback): Entry[] {
  const list = readOutbox(fallback)
  return Array.isArray(list) ? list.filter(e => e?.record?.id) : []
}

/**
 * Writes the outbox back, keeping the newest LIMIT entries and naming each one dropped. Where
 * localStorage throws the list stays in `fallback` for this page and a warning says so.
 */
export function writeOutbox(list: Entry[], fallback: Fallback): void {
  for (const { record } of list.splice(0, list.length - LIMIT)) warn(`outbox full: record ${record.id} dropped unsent.`)
  if (!fallback.list) {
    try {
      return localStorage.setItem(KEY, JSON.stringify(list))
    } catch {
      warn('no localStorage: consent records wait in memory, lost if the page closes first.')
    }
  }
  fallback.list = list
}

/** Appends a record; synchronous, so a navigation right after the decision cannot lose it. */
export function appendRecord(record: ConsentRecord, fallback: Fallback): void {
  const list = entries(fallback)
  list.push({ record, attempts: 0, next: 0 })
  writeOutbox(list, fallback)
}

/**
 * Opens the outbox for delivery. Every change re-reads the stored list first, so records added by
 * another tab of the site are kept.
 */
export function openOutbox(fallback: Fallback): Outbox {
  const read = () => entries(fallback)
  return {
    read,
    edit(fn) {
      const old = read()
      writeOutbox(fn(old) || old, fallback)
    }
  }
}
