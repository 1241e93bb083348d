import { createApp, createSSRApp } from 'vue'
import App from './App.vue'

const root = document.getElementById('app')!
// The server rendered the page (examples/serve.mjs): hydrate it. `vite` in development did not.
const app = root.firstElementChild ? createSSRApp(App) : createApp(App)
app.mount(root)
