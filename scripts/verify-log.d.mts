/** Verifies a JSON export of the consent log: hashes, links, no seq missing; optionally its notice texts and the log's head. */
export function verifyLog(file: string, options?: { notices?: string; head?: string }): Promise<{ ok: boolean; problems: string[]; summary: string }>
