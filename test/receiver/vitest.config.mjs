import { defineConfig } from 'vitest/config'

// The receiver runs on Node, against SQLite and a real PostgreSQL (support/global-setup.ts).
// DATABASE_URL names the PostgreSQL to test against; the tests themselves run with the receiver's
// variables cleared, so a developer's own settings cannot change what they check.
process.env.CONSENTRY_TEST_DATABASE_URL ??= process.env.DATABASE_URL || ''

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    environment: 'node',
    include: ['test/receiver/**/*.test.ts'],
    globalSetup: ['test/receiver/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    restoreMocks: true,
    env: { DATABASE_URL: '', CONSENTRY_LOG_TOKEN: '', CONSENTRY_DATA_DIR: '', CONSENTRY_ALLOWED_ORIGINS: '' }
  }
})
