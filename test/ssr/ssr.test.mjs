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

/** Runs `fn` with every browser global trapped, and returns the names it touched. */
async function trapBrowser(fn) {
  const touched = []
  const saved = BROWSER.map(name => [name, Object.getOwnPropertyDescriptor(globalThis, name)])
  for (const name of BROWSER) {
    Object.defineProperty(globalThis, name, { configurable: true, get: () => void touched.push(name) })
  }
  try {
    await fn()
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor)
      else delete globalThis[name]
    }
  }
  assert.equal(typeof globalThis.window, 'undefined')
  return touched
}

/** Runs `fn` and returns what it wrote to the console. */
async function quiet(fn) {
  const said = []
  const saved = ['log', 'debug', 'info', 'warn', 'error'].map(level => [level, console[level]])
  for (const [level] of saved) console[level] = (...args) => said.push([level, ...args])
  try {
    await fn()
  } finally {
    for (const [level, f] of saved) console[level] = f
  }
  return said
}

test('importing the ESM build in Node touches no browser global', async () => {
  const touched = await trapBrowser(async () => {
    const consentry = await import(join(ROOT, 'dist/consentry.mjs'))
    assert.equal(typeof consentry.init, 'function')
    assert.match(consentry.version, /^\d+\.\d+\.\d+/)
  })
  assert.deepEqual(touched, [])
})

test('init on a server returns an inert manager, silently: no decision, only required categories granted', async () => {
  const { init } = await import(join(ROOT, 'dist/consentry.mjs'))
  let consent
  const said = await quiet(async () => {
    consent = init({ categories: { necessary: { required: true }, analytics: {} }, endpoint: '/api/consent' })
    await consent.acceptAll()
    consent.showBanner()
    consent.destroy()
  })
  assert.deepEqual(said, [])
  assert.equal(consent.get(), null)
  assert.deepEqual(consent.grants.get(), { necessary: true, analytics: false })
  assert.deepEqual([consent.granted('necessary'), consent.granted('analytics')], [true, false])
})

test('consentry/server imports and reads a consent cookie with no browser global', async () => {
  const touched = await trapBrowser(async () => {
    const { readConsent } = await import(join(ROOT, 'dist/server.mjs'))
    const config = { categories: { necessary: { required: true }, analytics: {} } }
    const cookie = 'consentry=' + encodeURIComponent(JSON.stringify({ i: 'id', s: 'subject', r: 1, c: { necessary: 1, analytics: 1 }, m: 'custom', t: new Date().toISOString() }))
    assert.deepEqual(readConsent(cookie, config)?.categories, { necessary: true, analytics: true })
  })
  assert.deepEqual(touched, [])
})

test('package.json declares the package free of side effects, with ESM and types', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
  assert.equal(pkg.sideEffects, false)
  assert.deepEqual(pkg.exports['.'], { types: './dist/index.d.ts', import: './dist/consentry.mjs', default: './dist/consentry.mjs' })
  assert.deepEqual(pkg.exports['./server'], { types: './dist/server.d.ts', import: './dist/server.mjs', default: './dist/server.mjs' })
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
