// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { beforeAll, beforeEach, expect, test, vi } from 'vitest'
import { normalizeConfig } from '../../src/config'
import { startGate } from '../../src/gate'
import type { Core } from '../../src/manager'
import { makeCore } from '../fixtures/core'

// happy-dom runs no scripts and reports each external one loaded at once, so these tests check what is released
// and how; the wait for a slow script is tested in Chromium (test/e2e/gate.spec.ts).
let core: Core
const released = () => Array.from(document.querySelectorAll('script:not([type="text/plain"])'), s => s.getAttribute('data-name'))

beforeAll(async () => {
  document.body.innerHTML = `
<script type="text/plain" data-category="analytics" data-name="ext" data-src="/a.js" nonce="n1" integrity="sha384-x" crossorigin="anonymous" defer class="t"></script>
<script type="text/plain" data-category="analytics" data-name="inline">track()</script>
<script type="text/plain" data-category="analytics marketing" data-name="both">both()</script>
<script type="text/plain" data-category="analytics" data-name="mod" data-type="module" data-src="/m.js" async></script>
<img data-category="marketing" data-src="/p.gif" alt="">`
  core = makeCore(normalizeConfig({ categories: { necessary: { required: true }, analytics: {}, marketing: {} } }),
    null)
  startGate(core)
  await core.ready
})

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {}) // no UI is loaded in these tests
})

test('holds every gated element until its category is granted', () => {
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

test('releases scripts in document order with their attributes, and their type from data-type', () => {
  core.manager.update({ analytics: true })
  expect(released()).toEqual(['ext', 'inline', 'mod'])
  const ext = document.querySelector('script[data-name="ext"]') as HTMLScriptElement
  expect([ext.getAttribute('src'), ext.hasAttribute('type'), ext.getAttribute('nonce'), ext.integrity, ext.crossOrigin, ext.defer, ext.className])
    .toEqual(['/a.js', false, 'n1', 'sha384-x', 'anonymous', true, 't'])
  const [inline, mod] = ['inline', 'mod'].map(n => document.querySelector(`script[data-name="${n}"]`) as HTMLScriptElement)
  expect([inline.text, inline.hasAttribute('src'), mod.type, mod.getAttribute('src'), mod.async]).toEqual(['track()', false, 'module', '/m.js', true])
})

test('an element of several categories waits for all of them; a pixel gets its source', () => {
  expect(released()).not.toContain('both')
  core.manager.update({ marketing: true })
  expect(released()).toContain('both')
  expect(document.querySelector('img')!.getAttribute('src')).toBe('/p.gif')
})

test('releases each element once, even after withdrawal and a new grant', async () => {
  core.manager.update({ analytics: false, marketing: false })
  core.manager.acceptAll()
  await Promise.resolve()
  expect(released().sort()).toEqual(['both', 'ext', 'inline', 'mod'])
  expect((core.manager.debug().gated as { state: string }[]).map(g => g.state)).toEqual(['released', 'released', 'released', 'released', 'released'])
})

test('an element added later is released at once when its category is already granted', async () => {
  document.body.insertAdjacentHTML('beforeend', '<iframe data-category="marketing" data-src="about:blank#late"></iframe>')
  await new Promise(r => setTimeout(r))
  expect(document.querySelector('iframe')!.getAttribute('src')).toBe('about:blank#late')
})
