import type { Category } from '../config'
import type { Handover } from '../lazy'
import { error } from '../log'
import type { AgeGroup, Decision, DecisionRequest, Method, Source } from '../manager'
import { heldByGpc } from '../signals'
import { uuid } from './ids'
import { subjectId } from './subject'

/** Records a decision for the endpoint, with where it was made. */
export type Recorder = (decision: Decision, source: Source) => void

/** The write side: makes each decision the manager or the UI asks for. */
export interface WriteSide {
  /** Makes, stores, records and commits a decision; a malformed `update()` is refused with a message. */
  decide(request: DecisionRequest): void
}

/**
 * The write side of a running core. Each decision is stored in the consent cookie and recorded
 * for the endpoint before anything reacts to it, so a released script that navigates away at
 * once cannot lose it.
 * @param browserSubject the browser's subject id, asked for when no decision holds one
 */
export function createWriteSide(h: Handover, record: Recorder, browserSubject: () => string = subjectId): WriteSide {
  const { config, signals, store, granted, cookie } = h
  let subject: string | undefined

  /**
   * What a request grants each category. "Accept all" leaves what Global Privacy Control holds and
   * what needs separate consent as it is; "Do Not Sell or Share" and the GPC signal deny every
   * `gpc` category and keep the rest; a minor gets nothing beyond required categories.
   */
  const choose = ({ method, choices = {} }: DecisionRequest, ageGroup: AgeGroup | null): ((c: Category) => boolean) => {
    if (ageGroup == 'minor') return () => false
    if (method == 'accept-all') return c => !heldByGpc(signals, c) && !c.sensitive || granted(c.name)
    if (method == 'custom') return c => choices[c.name] ?? granted(c.name)
    if (method == 'opt-out' || method == 'gpc') return c => !c.gpc && granted(c.name)
    return () => false
  }

  const make = (method: Method, grant: (c: Category) => boolean, ageGroup: AgeGroup | null): Decision => {
    const categories: Record<string, boolean> = {}
    for (const c of config.categories) categories[c.name] = c.required || grant(c)
    return {
      id: uuid(),
      subjectId: subject ||= store.get()?.subjectId || browserSubject(),
      revision: config.revision,
      categories,
      method,
      timestamp: new Date().toISOString(),
      ageGroup
    }
  }

  return {
    decide(request) {
      if (request.method == 'custom' && !validChoices(request.choices, config.categories)) return
      // A reset forgets the age group with the decision; otherwise the UI's answer, else the stored one.
      const ageGroup = request.method == 'reset' ? null : request.ageGroup ?? store.get()?.ageGroup ?? null
      const decision = make(request.method, choose(request, ageGroup), ageGroup)
      if (request.method == 'reset') cookie.remove()
      else cookie.write(decision)
      record(decision, request.source)
      h.commit(request.method == 'reset' ? null : decision)
    }
  }
}

/** True for `update()` choices that name categories with booleans; otherwise says what is wrong. */
function validChoices(choices: unknown, categories: readonly Category[]): boolean {
  if (Object(choices) !== choices) {
    error('update() takes an object such as { analytics: true }')
    return false
  }
  for (const [name, value] of Object.entries(choices as object)) {
    if (typeof value != 'boolean' || !categories.some(c => c.name == name)) {
      error(`update(): "${name}" must be a category, set to true or false`)
      return false
    }
  }
  return true
}
