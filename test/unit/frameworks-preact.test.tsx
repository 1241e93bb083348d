/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact'
import { render } from 'preact'
import { act } from 'preact/test-utils'
import { afterAll, afterEach, expect, it } from 'vitest'
import { init } from '../../src'

const consent = init({ categories: { necessary: { required: true }, analytics: {} } })

let renders = 0
function Analytics() {
  const grants = useStore(consent.grants)
  renders++
  return <p>{grants.analytics ? 'analytics on' : 'analytics off'}</p>
}

afterEach(() => { document.body.innerHTML = '' })
afterAll(() => consent.destroy())

/** Decides, then lets @nanostores/preact's batched re-render (a setTimeout) run. */
const decide = (fn: () => Promise<void>) => act(async () => {
  await fn()
  await new Promise(resolve => setTimeout(resolve))
})

it('re-renders a Preact component using useStore(consent.grants) when the visitor decides', async () => {
  const box = document.body.appendChild(document.createElement('div'))
  act(() => render(<Analytics />, box))
  expect([box.textContent, renders]).toEqual(['analytics off', 1])
  await decide(() => consent.acceptAll())
  expect([box.textContent, renders]).toEqual(['analytics on', 2])
  await decide(() => consent.rejectAll())
  expect(box.textContent).toBe('analytics off')
  act(() => render(null, box))
})
