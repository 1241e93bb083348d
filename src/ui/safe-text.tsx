import type { ComponentChildren } from 'preact'

/** `[label](url)`: the one piece of markup strings may hold. No brackets inside, no spaces or parentheses in the URL. */
const LINK = /\[([^[\]]+)\]\(([^()\s]+)\)/g

/** True for http(s) URLs and relative ones; false for `javascript:`, `data:` and every other scheme. */
export function safeUrl(url: string): boolean {
  return /^https?:\/\//i.test(url) || !/^[^/?#]*:/.test(url)
}

/** A link when the URL is safe, else the bare label: either way the label is text. */
export function SafeLink({ label, url }: { label: string; url: string }) {
  return safeUrl(url) ? <a href={url} part="link">{label}</a> : <>{label}</>
}

/** Renders a string as text, turning each `[label](url)` into a link (see `SafeLink`). */
export function SafeText({ text }: { text: string }) {
  const out: ComponentChildren[] = []
  let last = 0
  for (const match of text.matchAll(LINK)) {
    out.push(text.slice(last, match.index), <SafeLink label={match[1]} url={match[2]} />)
    last = match.index + match[0].length
  }
  out.push(text.slice(last))
  return <>{out}</>
}
