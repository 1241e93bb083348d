/** Copies the SQLite consent log of `dataDir` to `dest` while the receiver runs; resolves with the copy's record count. */
export function backupReceiver(dataDir: string, dest: string): Promise<number>
