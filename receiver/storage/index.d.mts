import type { Storage } from '../index.mjs'

/** Opens PostgreSQL when `databaseUrl` is given, else SQLite in `dataDir`. */
export function openStorage(options: { dataDir: string; databaseUrl?: string; schema?: string }): Promise<Storage>
