import type { StoredRecord } from '../index.mjs'

/** The `prevHash` of the first record: 64 zeros. */
export const GENESIS: string
/** Lowercase SHA-256 hex of a string's UTF-8 bytes. */
export function sha256(text: string): string
/** The stored fields a link covers, in the order they are hashed. */
export const CHAINED: readonly string[]
/** The hash of one stored record, linked to `prevHash`. */
export function linkHash(prevHash: string, stored: Omit<StoredRecord, 'hash'>): string
/** Checks records one by one, in chain order or its reverse. */
export function chainChecker(): {
  /** A problem with this record (edited, missing neighbour, out of order), or null. */
  add(record: unknown): string | null
  result(): { count: number; first: number; last: number; head: string; complete: boolean }
}
