/** @jsxImportSource react */
import { useStore } from '@nanostores/react'
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterAll, afterEach, expect, it } from 'vitest'
import { init } from '../../src'

const consent = init({ categories: { necessary: { required: true }, analytics: {} } })
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let renders = 0
function Analytics() {
  const grants = useStore(consent.grants)
  renders++
  return <p>{grants.analytics ? 'analytics on' : 'analytics off'}</p>
}

afterEach(() => { document.body.innerHTML = '' })
afterAll(() => consent.destroy())

it('re-renders a React component using useStore(consent.grants) when the visitor decides', async () => {
  const box = document.body.appendChild(document.createElement('div'))
  const root = createRoot(box)
  act(() => root.render(<Analytics />))
  expect([box.textContent, renders]).toEqual(['analytics off', 1])
  await act(() => consent.acceptAll())
  expect([box.textContent, renders]).toEqual(['analytics on', 2])
  await act(() => consent.rejectAll())
  expect(box.textContent).toBe('analytics off')
  act(() => root.unmount())
})
