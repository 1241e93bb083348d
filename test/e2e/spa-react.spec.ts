import { spaSuite } from './support/spa'

// examples/react, built with Vite and served with its server render (see test/e2e/support/spa.ts).
spaSuite('react', { headless: true })
