import { useStore } from '@nanostores/vue'
import { afterAll, afterEach, expect, it } from 'vitest'
import { createApp, defineComponent, h, nextTick } from 'vue'
import { init } from '../../src'

const consent = init({ categories: { necessary: { required: true }, analytics: {} } })

let renders = 0
const Analytics = defineComponent({
  setup() {
    const grants = useStore(consent.grants)
    return () => {
      renders++
      return h('p', grants.value.analytics ? 'analytics on' : 'analytics off')
    }
  }
})

afterEach(() => { document.body.innerHTML = '' })
afterAll(() => consent.destroy())

it('re-renders a Vue component using useStore(consent.grants) when the visitor decides', async () => {
  const app = createApp(Analytics)
  const box = document.body.appendChild(document.createElement('div'))
  app.mount(box)
  expect([box.textContent, renders]).toEqual(['analytics off', 1])
  await consent.acceptAll()
  await nextTick()
  expect([box.textContent, renders]).toEqual(['analytics on', 2])
  await consent.rejectAll()
  await nextTick()
  expect(box.textContent).toBe('analytics off')
  app.unmount()
})
