import { checkConfig, configWarnings } from '../config'
import { startRecorder } from '../sync'
import { loadContent, noticeOf, startUi } from '../ui'
import { createWriteSide } from '../write'
import { error } from '../log'
import type { DecisionRequest, Source } from '../manager'
import type { Handover, Lazy } from './types'

/**
 * The lazy part: what only a deciding visitor (or a page with records to send) needs, loaded on
 * demand. The write side, the sync and the UI start here, from the handover alone.
 */

/** The release this lazy part belongs to. */
export const version: string = __VERSION__

/** Checks a config: its errors (`checkConfig`), and for a valid one its warnings (`configWarnings`). */
export function check(input: unknown, json?: string): { errors: string[]; warnings: string[] } {
  const errors = checkConfig(input, json)
  return { errors, warnings: errors.length ? [] : configWarnings(input) }
}

/**
 * Starts the write side, the sync and the UI for a running core.
 * @throws Error when the core is of another release, which could misread what this part writes
 */
export function connect(h: Handover): Lazy {
  if (h.version != version) {
    throw new Error(`consentry-ui.min.js is version ${version}, but consentry.min.js is ${h.version}: serve both files of one release.`)
  }
  const content = loadContent(h)
  const notice = noticeOf(h, content)
  const write = createWriteSide(h, startRecorder(h, notice))
  startUi(h, content, write)
  return {
    decide(request) {
      if (validSource(request)) write.decide(request)
    },
    notice
  }
}

const SOURCES: readonly string[] = ['banner', 'preferences', 'floating', 'api'] satisfies Source[]

/**
 * True for a request whose source a record can carry; a page script's other value is refused with
 * a message, since the receiver would refuse its record. `gpc` belongs to the signal alone: only
 * the core's own opt-out by Global Privacy Control (method `gpc`, which no manager call makes)
 * carries it.
 */
function validSource({ source, method }: DecisionRequest): boolean {
  if (SOURCES.includes(source) || source == 'gpc' && method == 'gpc') return true
  error(`{ source: ${JSON.stringify(source)} }: the sources are ${SOURCES.join(', ')}`)
  return false
}
