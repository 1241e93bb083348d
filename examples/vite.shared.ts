import { fileURLToPath } from 'node:url'
import type { UserConfig } from 'vite'

/**
 * What every example's Vite config shares: the client build in dist/client and the server build
 * (`vite build --ssr src/entry-server.*`) in dist/server, and access to `examples/config.ts`,
 * which sits outside each example's folder. `consentry` resolves as an app resolves it once
 * installed: through the package's exports, to its built dist/ (run `npm run build` first).
 */
export const shared: UserConfig = {
  build: { outDir: 'dist/client', emptyOutDir: true },
  server: { fs: { allow: [fileURLToPath(new URL('..', import.meta.url)), fileURLToPath(new URL('../dist', import.meta.url))] } },
  logLevel: 'warn'
}
