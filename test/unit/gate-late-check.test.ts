import { expect, test } from 'vitest'
import { normalizeConfig } from '../../src/config'
import { startGate } from '../../src/gate'
import { makeCore } from '../fixtures/core'

// The script tag checks a config it has not seen before asynchronously: the gate must not wait for
// a decision to release what a required category gates, once the check has passed.
test('releases what a required category gates once a config checked late turns out valid, with no decision made', async () => {
  document.body.innerHTML = '<script type="text/plain" data-category="necessary" data-name="needed">needed()</script>'
  let check!: (decision: null) => void
  const core = makeCore(normalizeConfig({ categories: { necessary: { required: true }, analytics: {} } }),
    new Promise<null>(resolve => { check = resolve }))
  startGate(core)
  const released = () => Array.from(document.querySelectorAll('script:not([type="text/plain"])'), s => s.getAttribute('data-name'))
  await new Promise(r => setTimeout(r))
  expect(released()).toEqual([])
  check(null)
  await core.ready
  await new Promise(r => setTimeout(r))
  expect(released()).toEqual(['needed'])
})
