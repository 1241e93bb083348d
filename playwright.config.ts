import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium'
if (!existsSync(executablePath)) {
  throw new Error(`No Chromium at ${executablePath}. Install it (apt-get install -y chromium) or set CHROME_PATH.`)
}

export default defineConfig({
  testDir: 'test/e2e',
  // The SPA examples (examples/*) are built once per run, before any test: see test/e2e/spa-*.spec.ts.
  globalSetup: './test/e2e/support/global-setup.ts',
  timeout: 30_000,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync']
    }
  }
})
