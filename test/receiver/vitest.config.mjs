import { defineConfig } from 'vitest/config'

// The receiver runs on Node, against SQLite and a real PostgreSQL (support/global-setup.ts).
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    environment: 'node',
    include: ['test/receiver/**/*.test.ts'],
    globalSetup: ['test/receiver/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    restoreMocks: true
  }
})
