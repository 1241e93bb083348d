// The two storage backends, for suites that run against each: a fresh, empty store per call.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, inject } from 'vitest'
import { type Running, startReceiver, tempDir } from './helpers'

export interface Backend {
  name: 'sqlite' | 'postgres'
  /** Options for createReceiver / openStorage that name a new empty store, and its clean-up. */
  fresh(): Promise<{ options: { dataDir: string; databaseUrl?: string; schema?: string }; drop(): Promise<void> }>
}

/** Runs `sql` on the suite's PostgreSQL as an administrator. */
export async function admin<T = unknown>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') })
  await client.connect()
  try {
    return (await client.query(sql, values)).rows
  } finally {
    await client.end()
  }
}

export const sqlite: Backend = {
  name: 'sqlite',
  async fresh() {
    const [dataDir, remove] = tempDir()
    return { options: { dataDir }, drop: async () => remove() }
  }
}

export const postgres: Backend = {
  name: 'postgres',
  async fresh() {
    const schema = `consentry_test_${randomBytes(6).toString('hex')}`
    await admin(`CREATE SCHEMA ${schema}`)
    const [dataDir, remove] = tempDir()
    return {
      options: { dataDir, databaseUrl: inject('databaseUrl'), schema },
      drop: async () => {
        await admin(`DROP SCHEMA ${schema} CASCADE`)
        remove()
      }
    }
  }
}

export const BACKENDS = [sqlite, postgres]

/** A receiver on a fresh store of `backend` for the enclosing describe, `seed`ed once it is up. */
export function useReceiver(backend: Backend, seed: (r: Running) => Promise<void>): () => Running {
  let running: Running
  let drop: () => Promise<void>
  beforeAll(async () => {
    const fresh = await backend.fresh()
    drop = fresh.drop
    running = await startReceiver(fresh.options)
    await seed(running)
  })
  afterAll(async () => {
    await running.stop()
    await drop()
  })
  return () => running
}
