import type { IncomingMessage, ServerResponse } from 'node:http'

/** A consent record as SPEC 1.7 defines it. */
export interface ConsentRecord {
  id: string
  subjectId: string
  revision: number | string
  categories: Record<string, boolean>
  method: 'accept-all' | 'reject-all' | 'custom' | 'reset'
  gpc: boolean
  timestamp: string
  language: string
  notice: string | null
  url: string
  sdkVersion: string
}

/** A stored record, with the time the receiver stored it. */
export interface StoredRecord extends ConsentRecord {
  receivedAt: string
}

/** The largest body accepted, in bytes. */
export const MAX_BODY: number
/** Where records are kept unless told otherwise. */
export const DEFAULT_DATA_DIR: string

/** Opens the consent log in `dataDir` and returns a handler for the receiver's routes. */
export function createReceiver(options?: { dataDir?: string }): {
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>
  db: {
    insert(records: ConsentRecord[]): number
    list(filters?: { subjectId?: string; category?: string }): StoredRecord[]
    categories(): string[]
    close(): void
  }
  close(): void
}
