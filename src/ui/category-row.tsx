import type { Row } from './content'
import { SafeText } from './safe-text'

/** One category in the dialog, with its switch. */
export interface CategoryRowProps {
  /** Its texts. */
  row: Row
  /** The switch's state. */
  on: boolean
  /** Flips the switch. */
  flip(): void
}

/**
 * A category's title, badge and description, and a `role="switch"` named by the title alone (SPEC 2);
 * the badge and the description describe it.
 */
export function CategoryRow({ row, on, flip }: CategoryRowProps) {
  const id = `category-${row.name}`
  const described = [row.badge && `${id}-badge`, row.description && `${id}-text`].filter(Boolean).join(' ')
  return (
    <li class="category" part="category">
      <div class="category-head">
        <label id={`${id}-title`} for={`${id}-switch`} class="category-title">{row.title}</label>
        {row.badge && <span id={`${id}-badge`} class="badge" part="badge">{row.badge}</span>}
      </div>
      <button type="button" role="switch" id={`${id}-switch`} class="switch" part="switch"
        aria-checked={on} aria-labelledby={`${id}-title`} aria-describedby={described || undefined}
        disabled={row.required} onClick={flip} />
      {row.description && <p id={`${id}-text`} class="category-text"><SafeText text={row.description} /></p>}
    </li>
  )
}
