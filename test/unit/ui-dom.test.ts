import { describe, expect, it } from 'vitest'
import { type Child, h, render } from '../../src/ui/dom'

const html = (node: Child) => {
  const box = document.createElement('div')
  render(node, box)
  return box.innerHTML
}

describe('h', () => {
  it('builds real elements with attributes, skipping false, null and undefined', () => {
    expect(html(h('a', { class: 'l', href: '/p', title: null, rel: undefined, target: false }, 'Policy')))
      .toBe('<a class="l" href="/p">Policy</a>')
  })

  it('stringifies aria values, false included, and sets hidden and disabled as properties', () => {
    const el = h('button', { 'aria-checked': false, 'aria-label': 'Close', hidden: true, disabled: false })
    expect([el.getAttribute('aria-checked'), el.getAttribute('aria-label'), el.hidden, el.hasAttribute('disabled')]).toEqual(['false', 'Close', true, false])
    expect((h('button', { disabled: true }) as HTMLButtonElement).disabled).toBe(true)
  })

  it('flattens children, turns strings and numbers into text and never parses HTML', () => {
    const el = h('p', null, ['a', [1, false, null, undefined, h('b', null, '<i>x</i>')]], '<img src=x>')
    expect(el.innerHTML).toBe('a1<b>&lt;i&gt;x&lt;/i&gt;</b>&lt;img src=x&gt;')
    expect(el.querySelector('img, i')).toBeNull()
  })

  it('adds on<Event> props as listeners of the lower-cased event', () => {
    const log: string[] = []
    const el = h('div', { onClick: () => log.push('click'), onKeyDown: (e: KeyboardEvent) => log.push(e.key) })
    el.click()
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    expect([log, el.hasAttribute('onClick'), el.hasAttribute('onclick')]).toEqual([['click', 'Escape'], false, false])
  })

  it('calls a function tag with its props and children', () => {
    const Item = ({ label, children }: { label: string; children: Child[] }) => h('li', { title: label }, children)
    expect(html(h(Item, { label: 't' }, 'x', 'y'))).toBe('<li title="t">xy</li>')
  })
})

describe('render', () => {
  it('replaces what the container held', () => {
    const box = document.createElement('div')
    render(h('p', null, 'one'), box)
    render([h('p', null, 'two'), 'three'], box)
    expect(box.innerHTML).toBe('<p>two</p>three')
  })

  it('keeps focus on a kept element and moves it to the new element with the same id', () => {
    const host = document.body.appendChild(document.createElement('div'))
    const root = host.attachShadow({ mode: 'open' })
    const box = root.appendChild(document.createElement('div'))
    const kept = h('button', { id: 'k' })
    render([kept, h('button', { id: 's-a' })], box)
    kept.focus()
    render([h('p', null), kept], box)
    expect(root.activeElement).toBe(kept)
    const old = h('button', { id: 's-a' })
    render(old, box)
    old.focus()
    render([h('button', { id: 'other' }), h('button', { id: 's-a' })], box)
    expect([root.activeElement === old, root.activeElement!.id]).toEqual([false, 's-a'])
    host.remove()
  })
})
