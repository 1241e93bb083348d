/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact'
import { render } from 'preact'
import { act } from 'preact/test-utils'
import { afterEach, expect, it, vi } from 'vitest'
import { init } from '../../src'

vi.spyOn(console, 'warn').mockImplementation(() => {}) // no UI bundle in unit tests
const consent = init({ categories: { necessary: { required: true }, analytics: {} } })

let renders = 0
function Analytics() {
  const decision = useStore(consent.store)
  renders++
  return <p>{decision?.categories.analytics ? 'analytics on' : 'analytics off'}</p>
}

afterEach(() => { document.body.innerHTML = '' })

/** Decides, then lets @nanostores/preact's batched re-render (a setTimeout) run. */
const decide = (fn: () => void) => act(async () => {
  fn()
  await new Promise(resolve => setTimeout(resolve))
})

it('re-renders a Preact component using useStore(consent.store) when the visitor decides', async () => {
  const root = document.body.appendChild(document.createElement('div'))
  act(() => render(<Analytics />, root))
  expect([document.body.textContent, renders]).toEqual(['analytics off', 1])
  await decide(() => consent.acceptAll())
  expect([document.body.textContent, renders]).toEqual(['analytics on', 2])
  await decide(() => consent.rejectAll())
  expect(document.body.textContent).toBe('analytics off')
  act(() => render(null, root))
})
