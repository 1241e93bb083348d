// Imports the npm build in plain Node, the way SSR code (Next.js, Nuxt, Astro) does, and checks
// that importing touches no browser global and that a bundler drops what a page does not use.
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import resolve from '@rollup/plugin-node-resolve'
import { rollup } from 'rollup'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const BROWSER = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'self', 'CustomEvent']

test('importing the ESM build in Node touches no browser global', async () => {
  const touched = []
  const saved = BROWSER.map(name => [name, Object.getOwnPropertyDescriptor(globalThis, name)])
  for (const name of BROWSER) {
    Object.defineProperty(globalThis, name, { configurable: true, get: () => void touched.push(name) })
  }
  try {
    const consentry = await import(join(ROOT, 'dist/consentry.mjs'))
    assert.equal(typeof consentry.init, 'function')
    assert.match(consentry.version, /^\d+\.\d+\.\d+/)
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor)
      else delete globalThis[name]
    }
  }
  assert.deepEqual(touched, [])
  assert.equal(typeof globalThis.window, 'undefined')
})

test('package.json declares the package free of side effects, with ESM and types', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
  assert.equal(pkg.sideEffects, false)
  assert.deepEqual(pkg.exports['.'], { types: './dist/index.d.ts', import: './dist/consentry.mjs', default: './dist/consentry.mjs' })
})

const app = mkdtempSync(join(tmpdir(), 'consentry-app-'))
after(() => rmSync(app, { recursive: true, force: true }))

test('a bundler keeps none of the manager for `import { version } from "consentry"`', async () => {
  mkdirSync(join(app, 'node_modules'))
  symlinkSync(ROOT, join(app, 'node_modules/consentry'), 'dir')
  const entry = join(app, 'entry.js')
  const bundle = await rollup({
    input: entry,
    plugins: [
      { name: 'entry', resolveId: id => id == entry ? id : null, load: id => id == entry ? 'import { version } from "consentry"; console.log(version)' : null },
      resolve({ rootDir: app })
    ],
    onwarn: () => {}
  })
  const { output } = await bundle.generate({ format: 'es' })
  const code = output[0].code
  assert.match(code, /console\.log\(version\)/)
  for (const word of ['acceptAll', 'consentry:change', 'dataLayer', 'globalPrivacyControl', 'atom(']) {
    assert.ok(!code.includes(word), `the bundle should not contain ${word}:\n${code}`)
  }
  assert.ok(code.length < 200, `only the version should remain:\n${code}`)
})
