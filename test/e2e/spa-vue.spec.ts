import { spaSuite } from './support/spa'

// examples/vue, built with Vite and served with its server render (see test/e2e/support/spa.ts).
spaSuite('vue', { headless: true })
