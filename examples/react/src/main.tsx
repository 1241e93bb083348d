import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './App'

const app = <StrictMode><App /></StrictMode>
const root = document.getElementById('app')!
// The server rendered the page (examples/serve.mjs); `vite` in development did not.
if (root.firstElementChild) hydrateRoot(root, app)
else createRoot(root).render(app)
