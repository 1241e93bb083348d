// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { afterEach, expect, test, vi } from 'vitest'
import { startGate } from '../../src/gate'
import type { Core } from '../../src/manager'
import { clearPage, makeCore, settle, startInRealms } from '../fixtures/core'

// happy-dom runs no scripts and reports each external one loaded at once, so these tests check what is released
// and how; the wait for a slow script is tested in Chromium (test/e2e/gate.spec.ts).
const categories = { necessary: { required: true }, analytics: {}, marketing: {} }
const released = () => Array.from(document.querySelectorAll('script:not([type="text/plain"])'), s => s.getAttribute('data-name'))
const PAGE = `
<script type="text/plain" data-category="analytics" data-name="ext" data-src="/a.js" nonce="n1" integrity="sha384-x" crossorigin="anonymous" defer class="t"></script>
<script type="text/plain" data-category="analytics" data-name="inline">track()</script>
<script type="text/plain" data-category="analytics marketing" data-name="both">both()</script>
<script type="text/plain" data-category="analytics" data-name="mod" data-type="module" data-src="/m.js" async></script>
<img data-category="marketing" data-src="/p.gif" alt="">`

let stop = () => {}
/** A page of gated markup with a gate over it. */
function gated(html = PAGE, options: Parameters<typeof makeCore>[1] = {}): Core {
  document.body.innerHTML = html
  const core = makeCore({ categories }, options)
  stop = startInRealms(startGate, core)
  return core
}

afterEach(() => {
  stop()
  clearPage()
  vi.restoreAllMocks()
})

test('holds every gated element until its category is granted', () => {
  const core = gated()
  expect(released()).toEqual([])
  expect(document.querySelector('img')!.getAttribute('src')).toBeNull()
  expect(core.manager.debug().gated).toEqual([
    { tag: 'script', category: 'analytics', src: '/a.js', state: 'held' },
    { tag: 'script', category: 'analytics', src: null, state: 'held' },
    { tag: 'script', category: 'analytics marketing', src: null, state: 'held' },
    { tag: 'script', category: 'analytics', src: '/m.js', state: 'held' },
    { tag: 'img', category: 'marketing', src: '/p.gif', state: 'held' }
  ])
})

test('releases scripts in document order with their attributes, and their type from data-type', async () => {
  await gated().manager.update({ analytics: true })
  expect(released()).toEqual(['ext', 'inline', 'mod'])
  const ext = document.querySelector('script[data-name="ext"]') as HTMLScriptElement
  expect([ext.getAttribute('src'), ext.hasAttribute('type'), ext.getAttribute('nonce'), ext.integrity, ext.crossOrigin, ext.defer, ext.className])
    .toEqual(['/a.js', false, 'n1', 'sha384-x', 'anonymous', true, 't'])
  const [inline, mod] = ['inline', 'mod'].map(n => document.querySelector(`script[data-name="${n}"]`) as HTMLScriptElement)
  expect([inline.text, inline.hasAttribute('src'), mod.type, mod.getAttribute('src'), mod.async]).toEqual(['track()', false, 'module', '/m.js', true])
})

test('an element of several categories waits for all of them; a pixel gets its source', async () => {
  const { manager } = gated()
  await manager.update({ analytics: true })
  expect(released()).not.toContain('both')
  await manager.update({ marketing: true })
  expect(released()).toContain('both')
  expect(document.querySelector('img')!.getAttribute('src')).toBe('/p.gif')
})

test('releases each element once, even after withdrawal and a new grant', async () => {
  const { manager } = gated()
  await manager.acceptAll()
  await manager.rejectAll()
  await manager.acceptAll()
  expect(released().sort()).toEqual(['both', 'ext', 'inline', 'mod'])
  expect((manager.debug().gated as { state: string }[]).map(g => g.state)).toEqual(Array(5).fill('released'))
})

test('an element added later is held, and released at once when its category is already granted', async () => {
  const { manager } = gated('')
  document.body.insertAdjacentHTML('beforeend', '<iframe data-category="marketing" data-src="about:blank#early"></iframe>')
  await settle()
  expect(document.querySelector('iframe')!.getAttribute('src')).toBeNull()
  await manager.acceptAll()
  document.body.insertAdjacentHTML('beforeend', '<iframe data-category="marketing" data-src="about:blank#late"></iframe>')
  await settle()
  expect(Array.from(document.querySelectorAll('iframe'), f => f.getAttribute('src'))).toEqual(['about:blank#early', 'about:blank#late'])
})

test('releases what a required category gates before any decision, also while the config is still being checked', () => {
  gated('<script type="text/plain" data-category="necessary" data-name="needed">needed()</script>', { valid: new Promise(() => {}) })
  expect(released()).toEqual(['needed'])
})

test('while the document is parsing, nothing is found or released, even when granted; at DOMContentLoaded all of it is', async () => {
  const state = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading')
  const { manager } = gated(`
<script type="text/plain" data-category="analytics" data-name="first">first()</script>
<img data-category="analytics" data-src="/p.gif" alt="">`)
  await manager.update({ analytics: true })
  // What the parser adds later is found by the same scan, in document order.
  document.body.insertAdjacentHTML('beforeend', '<script type="text/plain" data-category="analytics" data-name="later">later()</script>')
  await settle()
  expect([manager.debug().gated, released(), document.querySelector('img')!.getAttribute('src')]).toEqual([[], [], null])

  state.mockReturnValue('interactive')
  document.dispatchEvent(new Event('DOMContentLoaded', { bubbles: true }))
  expect(released()).toEqual(['first', 'later'])
  expect(document.querySelector('img')!.getAttribute('src')).toBe('/p.gif')
  expect((manager.debug().gated as { tag: string, state: string }[]).map(g => g.tag + ':' + g.state))
    .toEqual(['script:released', 'img:released', 'script:released'])
})

test('a stopped gate releases nothing more', async () => {
  const { manager } = gated()
  stop()
  await manager.acceptAll()
  expect(released()).toEqual([])
})
