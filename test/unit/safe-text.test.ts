import { h, render } from 'preact'
import { describe, expect, it } from 'vitest'
import { safeUrl } from '../../src/ui'
import { SafeText } from '../../src/ui/safe-text'

let box: HTMLElement
const show = (text: string) => {
  box = document.createElement('div')
  render(h(SafeText, { text }), box)
  return box
}
/** Each link's label and href, and whether it has any attribute beyond href and its part name. */
const links = () => Array.from(box.querySelectorAll('a'), a => [a.textContent, a.getAttribute('href'),
  Array.from(a.attributes, x => x.name).filter(n => n != 'href' && n != 'part').length + 1])

describe('SafeText', () => {
  it('renders markup as text, never as elements', () => {
    const text = '<img src=x onerror="alert(1)"><script>alert(2)</script><b>bold</b>'
    expect(show(text).textContent).toBe(text)
    expect(box.children.length).toBe(0)
  })

  it('turns [text](url) into a link for http(s) and relative URLs', () => {
    show('See [our policy](https://shop.example/privacy), [terms](/terms), [faq](faq.html), [top](#top) and [q](?x=1).')
    expect(links()).toEqual([
      ['our policy', 'https://shop.example/privacy', 1], ['terms', '/terms', 1], ['faq', 'faq.html', 1], ['top', '#top', 1], ['q', '?x=1', 1]
    ])
    expect(box.textContent).toBe('See our policy, terms, faq, top and q.')
  })

  it.each([
    ['[x](javascript:alert`1`)', 'x'],
    ['[x](JaVaScRiPt:alert`1`)', 'x'],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)', 'x'],
    ['[x](vbscript:msgbox)', 'x'],
    ['[x](javascript:alert(1))', '[x](javascript:alert(1))'],
    ['[x](java\tscript:alert)', '[x](java\tscript:alert)']
  ])('renders %j as plain text', (text, shown) => {
    expect(show(text).textContent).toBe(shown)
    expect(box.querySelector('a')).toBeNull()
  })

  it('cannot break out of the href attribute with quotes or spaces', () => {
    show('[x]("onmouseover=alert(1)) [y](/a"b\'c) [z](/p" onclick="alert(1)) [w](java&#58;script:alert)')
    expect(links()).toEqual([['y', '/a"b\'c', 1], ['w', 'java&#58;script:alert', 1]])
    expect(new URL(box.querySelectorAll('a')[1].href).protocol).toBe('http:')
    expect(box.querySelector('[onmouseover],[onclick]')).toBeNull()
  })

  it('leaves nested brackets as text and keeps label markup as text', () => {
    show('[a [b]](https://x.example) [<b>bold</b>](/ok)')
    expect(links()).toEqual([['<b>bold</b>', '/ok', 1]])
    expect(box.querySelector('b')).toBeNull()
    expect(box.textContent).toBe('[a [b]](https://x.example) <b>bold</b>')
  })
})

describe('safeUrl', () => {
  it.each(['https://a.example', 'HTTP://a.example/x', '/p', './p', '../p', 'p.html', '#f', '?q', '//cdn.example/x'])('allows %s', url => {
    expect(safeUrl(url)).toBe(true)
  })
  it.each(['javascript:alert(1)', 'JAVASCRIPT:x', 'data:text/html,x', 'blob:x', 'mailto:a@b', 'file:///etc', 'ftp://x'])('refuses %s', url => {
    expect(safeUrl(url)).toBe(false)
  })
})
