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

/** Bundles `source` as an app that has consentry installed would, and returns the code. */
async function bundleApp(source) {
  const entry = join(app, 'entry.js')
  const bundle = await rollup({
    input: entry,
    plugins: [
      { name: 'entry', resolveId: id => id == entry ? id : null, load: id => id == entry ? source : null },
      resolve({ rootDir: app })
    ],
    onwarn: () => {}
  })
  const { output } = await bundle.generate({ format: 'es' })
  return output[0].code
}

test('a bundler keeps none of the manager for `import { version } from "consentry"`', async () => {
  mkdirSync(join(app, 'node_modules'))
  symlinkSync(ROOT, join(app, 'node_modules/consentry'), 'dir')
  symlinkSync(join(ROOT, 'node_modules/js-cookie'), join(app, 'node_modules/js-cookie'), 'dir')
  const code = await bundleApp('import { version } from "consentry"; console.log(version)')
  // js-cookie does not declare itself free of side effects (it builds its API at load), so a
  // bundler keeps its module whenever it is imported; everything of Consentry's own must go.
  const jsCookie = await bundleApp('import "js-cookie"')
  assert.match(code, /console\.log\(version\)/)
  for (const word of ['acceptAll', 'consentry:change', 'dataLayer', 'globalPrivacyControl', 'atom(']) {
    assert.ok(!code.includes(word), `the bundle should not contain ${word}:\n${code}`)
  }
  assert.ok(code.length - jsCookie.length < 200, `only the version should remain besides js-cookie:\n${code}`)
})
