import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vite'
import { shared } from '../vite.shared.ts'

export default defineConfig({ ...shared, plugins: [svelte()] })
