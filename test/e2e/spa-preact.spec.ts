import { spaSuite } from './support/spa'

// examples/preact, built with Vite and served with its server render (see test/e2e/support/spa.ts).
// Without @preact/preset-vite's component hot reload, an edit of the config reloads the page.
spaSuite('preact', { headless: false })
