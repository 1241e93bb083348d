import { useStore } from '@nanostores/vue'
import { afterEach, expect, it, vi } from 'vitest'
import { createApp, defineComponent, h, nextTick } from 'vue'
import { init } from '../../src'

vi.spyOn(console, 'warn').mockImplementation(() => {}) // no UI bundle in unit tests
const consent = init({ categories: { necessary: { required: true }, analytics: {} } })

let renders = 0
const Analytics = defineComponent({
  setup() {
    const decision = useStore(consent.store)
    return () => {
      renders++
      return h('p', decision.value?.categories.analytics ? 'analytics on' : 'analytics off')
    }
  }
})

afterEach(() => { document.body.innerHTML = '' })

it('re-renders a Vue component using useStore(consent.store) when the visitor decides', async () => {
  const app = createApp(Analytics)
  app.mount(document.body.appendChild(document.createElement('div')))
  expect([document.body.textContent, renders]).toEqual(['analytics off', 1])
  consent.acceptAll()
  await nextTick()
  expect([document.body.textContent, renders]).toEqual(['analytics on', 2])
  consent.rejectAll()
  await nextTick()
  expect(document.body.textContent).toBe('analytics off')
  app.unmount()
})
