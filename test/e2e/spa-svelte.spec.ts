import { spaSuite } from './support/spa'

// examples/svelte, built with Vite and served with its server render (see test/e2e/support/spa.ts).
spaSuite('svelte', { headless: true })
