/** The newest installed PostgreSQL's bin folder, or null. */
export function postgresBin(): string | null
/** Starts a throwaway PostgreSQL on 127.0.0.1 and a free port; stops when told or when this process ends. */
export function startPostgres(options?: { fsync?: boolean }): Promise<{ url: string; stop(): Promise<void> }>
