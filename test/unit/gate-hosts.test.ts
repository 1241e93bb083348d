import { beforeAll, beforeEach, expect, test } from 'vitest'
import { createHolder } from '../../src/gate/hold'
import { type Gated, releaseHeld } from '../../src/gate/release'
import type { Realm } from '../../src/guard'

// The holder patches this window's DOM once, as on a page; the judge holds px.example for
// "marketing" (a stand-in for the config's owner of hosts). Each test starts from an empty body.
const held: Element[] = []
let granted = false
beforeAll(() => {
  createHolder((url, base) => !granted && new URL(url, base).hostname == 'px.example' ? 'marketing' : undefined, el => held.push(el))
    .install(window as Realm)
})
beforeEach(() => {
  granted = false
  held.length = 0
  document.body.replaceChildren()
})

const marks = (el: Element) => Object.fromEntries([...el.attributes].map(a => [a.name, a.value]))

test('a property, setAttribute and setAttributeNS move an owned URL aside and report the element', () => {
  const img = document.createElement('img')
  img.src = 'https://px.example/p.gif'
  const script = document.createElement('script')
  script.setAttribute('src', 'https://px.example/t.js')
  const link = document.createElement('link')
  link.setAttributeNS(null, 'href', '//px.example/s.css')
  expect([img, script, link].map(marks)).toEqual([
    { 'data-consentry-src': 'https://px.example/p.gif', 'data-consentry-category': 'marketing' },
    { 'data-consentry-src': 'https://px.example/t.js', 'data-consentry-category': 'marketing' },
    { 'data-consentry-href': '//px.example/s.css', 'data-consentry-category': 'marketing' }
  ])
  expect(held).toEqual([img, script, link])
})

test('a URL of a host no category owns is set as it is', () => {
  const img = document.createElement('img')
  img.src = 'https://shop.example/p.gif'
  img.setAttribute('srcset', 'https://shop.example/a.gif 1x')
  expect(marks(img)).toEqual({ src: 'https://shop.example/p.gif', srcset: 'https://shop.example/a.gif 1x' })
  expect(held).toEqual([])
})

test('markup through innerHTML and insertAdjacentHTML is held before it is inserted; other markup is untouched', () => {
  document.body.innerHTML = '<p>hi</p><img src="https://px.example/a.gif" alt="a">'
  document.body.insertAdjacentHTML('beforeend', '<iframe src="https://px.example/f"></iframe>')
  expect(document.body.innerHTML).toBe('<p>hi</p><img alt="a" data-consentry-src="https://px.example/a.gif" data-consentry-category="marketing">'
    + '<iframe data-consentry-src="https://px.example/f" data-consentry-category="marketing"></iframe>')
  expect(held.map(el => el.localName)).toEqual(['img', 'iframe'])
})

test('a srcset is held when any candidate is owned', () => {
  const img = document.createElement('img')
  img.srcset = 'https://shop.example/a.gif 1x, https://px.example/b.gif 2x'
  expect(img.getAttribute('srcset')).toBeNull()
  expect(img.getAttribute('data-consentry-srcset')).toBe('https://shop.example/a.gif 1x, https://px.example/b.gif 2x')
})

test('release puts each attribute back once and tells the queue when it may go on', () => {
  const img = document.createElement('img')
  img.setAttribute('alt', '')
  img.src = 'https://px.example/p.gif'
  const g: Gated = { el: img, tag: 'img', category: 'marketing', src: 'https://px.example/p.gif', state: 'held', host: true }
  let done = 0
  granted = true
  releaseHeld(g, () => done++)
  expect([marks(img), g.state, done]).toEqual([{ alt: '', src: 'https://px.example/p.gif' }, 'released', 1])
})
