import { type Child, h } from './dom'

/** `[label](url)`: the one piece of markup strings may hold. No brackets inside, no spaces or parentheses in the URL. */
const LINK = /\[([^[\]]+)\]\(([^()\s]+)\)/g

/** True for http(s) URLs and relative ones; false for `javascript:`, `data:` and every other scheme. */
export function safeUrl(url: string): boolean {
  return /^https?:\/\//i.test(url) || !/^[^/?#]*:/.test(url)
}

/** A link when the URL is safe, else the bare label: either way the label is text. */
export const link = (label: string, url: string): Child => safeUrl(url) ? h('a', { href: url }, label) : label

/** Renders a string as text, turning each `[label](url)` into a link (see `link`). */
export function SafeText({ text }: { text: string }): Child {
  const out: Child[] = []
  let last = 0
  text.replace(LINK, (all, label: string, url: string, at: number) => {
    out.push(text.slice(last, at), link(label, url))
    last = at + all.length
    return all
  })
  out.push(text.slice(last))
  return out
}
