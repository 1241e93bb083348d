/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
import { type ComponentChildren, Fragment, h } from 'preact'

/** `[label](url)`: the one piece of markup strings may hold. No brackets inside, no spaces or parentheses in the URL. */
const LINK = /\[([^[\]]+)\]\(([^()\s]+)\)/g

/** True for http(s) URLs and relative ones; false for `javascript:`, `data:` and every other scheme. */
export function safeUrl(url: string): boolean {
  return /^https?:\/\//i.test(url) || !/^[^/?#]*:/.test(url)
}

/** Renders a string as text, turning `[label](url)` into a link when the URL is safe and into its label otherwise. */
export function SafeText({ text }: { text: string }) {
  const out: ComponentChildren[] = []
  let last = 0
  text.replace(LINK, (all, label: string, url: string, at: number) => {
    out.push(text.slice(last, at), safeUrl(url) ? <a href={url}>{label}</a> : label)
    last = at + all.length
    return all
  })
  out.push(text.slice(last))
  return <>{out}</>
}
