/** Writes the entries of requests that arrive together in one call of `write`. */
export function createGroupCommit<T>(write: (entries: T[]) => Promise<boolean[]>, options?: { maxBatch?: number }): {
  /** Resolves, per entry, whether it was new, once its write committed; rejects when that write failed. */
  add(entries: T[]): Promise<boolean[]>
  /** Resolves when no write is under way or queued. */
  drain(): Promise<void>
}
