import { useRef, useState } from 'preact/hooks'
import type { Content, Row } from './content'
import { SafeText } from './safe-text'

/** One category in the dialog, with its switch. */
export interface CategoryRowProps {
  /** Its texts. */
  row: Row
  /** The switch's state. */
  on: boolean
  /** Sets the switch. */
  set(on: boolean): void
  /** The second confirmation a sensitive category asks before it turns on. */
  sensitive: Content['sensitive']
}

/**
 * A category's title, badges and description, what it covers, and a `role="switch"` named by the
 * title alone (SPEC 2); badges and description describe it. A sensitive category's switch asks a
 * second, explicit confirmation before it turns on (PIPL separate consent).
 */
export function CategoryRow({ row, on, set, sensitive }: CategoryRowProps) {
  const id = `category-${row.name}`
  const [asking, setAsking] = useState(false)
  const toggle = useRef<HTMLButtonElement>(null)
  const described = [...row.badges.map((_, i) => `${id}-badge-${i}`), row.description && `${id}-text`].filter(Boolean).join(' ')
  const answer = (yes: boolean) => {
    setAsking(false)
    if (yes) set(true)
    toggle.current?.focus()
  }
  return (
    <li class="category" part="category">
      <div class="category-head">
        <label id={`${id}-title`} for={`${id}-switch`} class="category-title">{row.title}</label>
        {row.badges.map((badge, i) => <span id={`${id}-badge-${i}`} class="badge" part="badge">{badge}</span>)}
      </div>
      <button type="button" role="switch" id={`${id}-switch`} ref={toggle} class="switch" part="switch"
        aria-checked={on} aria-labelledby={`${id}-title`} aria-describedby={described || undefined}
        aria-expanded={row.sensitive && !on ? asking : undefined} disabled={row.required}
        onClick={() => row.sensitive && !on ? setAsking(!asking) : set(!on)} />
      {row.description && <p id={`${id}-text`} class="category-text"><SafeText text={row.description} /></p>}
      {row.details.length > 0 && (
        <dl class="category-details">
          {row.details.map(([label, value]) => <div><dt>{label}</dt><dd>{value}</dd></div>)}
        </dl>
      )}
      {asking && (
        <div class="confirm" part="confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{sensitive.text}</p>
          <div class="actions">
            <button type="button" class="button" part="button" onClick={() => answer(true)}>{sensitive.yes}</button>
            <button type="button" class="button" part="button" onClick={() => answer(false)}>{sensitive.no}</button>
          </div>
        </div>
      )}
    </li>
  )
}
