import { defineConfig } from 'vite'
import { shared } from '../vite.shared.ts'

// Preact's JSX without a plugin (@preact/preset-vite adds hot reload of components, and Babel).
export default defineConfig({ ...shared, oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } } })
