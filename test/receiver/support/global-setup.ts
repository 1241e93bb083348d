// One PostgreSQL for the whole receiver suite: DATABASE_URL when set (each test file keeps to a
// schema of its own there), else a throwaway cluster this process starts and stops.
import type { TestProject } from 'vitest/node'
import { startPostgres } from '../../../scripts/postgres-for-receiver.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.CONSENTRY_TEST_DATABASE_URL
  if (given) {
    project.provide('databaseUrl', given)
    return
  }
  const server = await startPostgres({ fsync: false })
  project.provide('databaseUrl', server.url)
  return () => server.stop()
}
