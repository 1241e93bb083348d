import { afterEach, expect, test, vi } from 'vitest'
import { normalizeConfig } from '../../src/config'
import { startGate } from '../../src/gate'
import { makeCore } from '../fixtures/core'

// A gate started from <head> looks at nothing while the parser runs (gated markup is inert by
// itself) and finds everything in one scan at DOMContentLoaded.
const released = () => Array.from(document.querySelectorAll('script:not([type="text/plain"])'), s => s.getAttribute('data-name'))

afterEach(() => {
  document.body.innerHTML = ''
})

test('while the document is parsing, nothing is found or released, even when granted; at DOMContentLoaded all of it is', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {}) // no UI is loaded in this test
  const state = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading')
  document.body.innerHTML = `
<script type="text/plain" data-category="analytics" data-name="first">first()</script>
<img data-category="analytics" data-src="/p.gif" alt="">`
  const core = makeCore(normalizeConfig({ categories: { necessary: { required: true }, analytics: {} } }), null)
  startGate(core)
  await core.ready
  core.manager.update({ analytics: true })
  // What the parser adds later is found by the same scan, in document order.
  document.body.insertAdjacentHTML('beforeend', '<script type="text/plain" data-category="analytics" data-name="later">later()</script>')
  await new Promise(r => setTimeout(r))
  expect([core.manager.debug().gated, released(), document.querySelector('img')!.getAttribute('src')]).toEqual([[], [], null])

  state.mockReturnValue('interactive')
  document.dispatchEvent(new Event('DOMContentLoaded', { bubbles: true }))
  expect(released()).toEqual(['first', 'later'])
  expect(document.querySelector('img')!.getAttribute('src')).toBe('/p.gif')
  expect((core.manager.debug().gated as { tag: string, state: string }[]).map(g => g.tag + ':' + g.state))
    .toEqual(['script:released', 'img:released', 'script:released'])
})
