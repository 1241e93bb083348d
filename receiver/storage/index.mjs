// One storage interface, two backends: PostgreSQL when a database URL is given, else SQLite in the data folder.

/**
 * Opens the backend the options name. pg is imported only when PostgreSQL is used, so a shop on
 * SQLite need not install it (and the reverse for better-sqlite3).
 * @param {{ dataDir: string, databaseUrl?: string, schema?: string }} options
 */
export async function openStorage({ dataDir, databaseUrl, schema }) {
  if (databaseUrl) return (await import('./postgres.mjs')).openPostgres({ databaseUrl, schema })
  return (await import('./sqlite.mjs')).openSqlite(dataDir)
}
