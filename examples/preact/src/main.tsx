import { hydrate, render } from 'preact'
import { App } from './App'

const root = document.getElementById('app')!
// The server rendered the page (examples/serve.mjs): hydrate it. `vite` in development did not.
if (root.firstElementChild) hydrate(<App />, root)
else render(<App />, root)
