import { hydrate, mount } from 'svelte'
import App from './App.svelte'

const target = document.getElementById('app')!
// The server rendered the page (examples/serve.mjs): hydrate it. `vite` in development did not.
if (target.firstElementChild) hydrate(App, { target })
else mount(App, { target })
