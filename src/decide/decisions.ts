import type { Category } from '../config'
import { expireCookies } from '../guard'
import { error } from '../log'
import type { Core, Decision, Decisions, Method } from '../manager'
import { deleteConsentCookie, writeConsentCookie } from '../persist'
import { heldByGpc } from '../signals'
import { startRecorder } from '../sync'
import { uuid } from './ids'
import { subjectId } from './subject'

/**
 * The write side of a running core: makes each decision, stores it in the consent cookie and
 * records it for the endpoint before anything reacts to it, so a released script that navigates
 * away at once cannot lose it. The script tag loads it only when a visitor decides, when records
 * wait to be sent, or when a cookie of a category not granted must be deleted.
 * @param browserSubject the browser's subject id, asked for when no decision holds one
 */
export function createDecisions(core: Core, browserSubject: () => string = subjectId): Decisions {
  const { config, manager } = core
  const record = startRecorder(core)
  let subject: string | undefined

  const decide = (method: Method, choose: (category: Category) => boolean) => {
    const categories: Record<string, boolean> = {}
    for (const c of config.categories) categories[c.name] = c.required || choose(c)
    const decision: Decision = {
      id: uuid(),
      subjectId: subject ||= manager.get()?.subjectId || browserSubject(),
      revision: config.revision,
      categories,
      method,
      timestamp: new Date().toISOString()
    }
    if (method == 'reset') deleteConsentCookie(config)
    else writeConsentCookie(config, decision)
    record(decision)
    core.commit(method == 'reset' ? null : decision)
  }

  return {
    acceptAll: () => decide('accept-all', c => !heldByGpc(config, c) || manager.granted(c.name)),
    rejectAll: () => decide('reject-all', () => false),
    update(choices) {
      if (Object(choices) !== choices) return error('update() takes an object such as { analytics: true }')
      for (const name in choices) {
        if (typeof choices[name] != 'boolean' || !config.categories.some(c => c.name == name)) {
          return error(`update(): "${name}" must be a category, set to true or false`)
        }
      }
      decide('custom', c => choices[c.name] ?? manager.granted(c.name))
    },
    reset() {
      decide('reset', () => false)
      manager.showBanner()
    },
    expire: expireCookies
  }
}
