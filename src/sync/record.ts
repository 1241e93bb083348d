import type { Model } from '../config'
import type { AgeGroup, Decision, Method, Source } from '../manager'
import type { Signals } from '../signals'

/** A consent record as POSTed to the endpoint: exactly the fields of SPEC 1.7. */
export interface ConsentRecord {
  /** The decision's id: the receiver's idempotency key. */
  id: string
  /** This browser's consent subject, stable across its decisions. */
  subjectId: string
  /** The config revision the decision was made under. */
  revision: number | string
  /** Every category and whether it was granted. */
  categories: Readonly<Record<string, boolean>>
  /** How the decision was made. */
  method: Method
  /** Whether Global Privacy Control was sent and honoured. */
  gpc: boolean
  /** When the decision was made (ISO 8601). */
  timestamp: string
  /** The language shown; null while the notice is still being computed (the record is then not sent). */
  language: string | null
  /** SHA-256 hex of `noticeText`; null without Web Crypto (and while pending). */
  notice: string | null
  /** Origin and path of the page: never its query string or fragment, which may hold personal data. */
  url: string
  /** The SDK version that made the record. */
  sdkVersion: string
  /** The exact text the visitor was shown, whose SHA-256 is `notice`. */
  noticeText: string
  /** Where the decision was made. */
  source: Source
  /** Where the visitor was: an ISO 3166 code or `unknown`. */
  jurisdiction: string
  /** The consent model there. */
  model: Model
  /** The age group, or null where no age gate runs. */
  ageGroup: AgeGroup | null
}

/** The record of a decision, with its notice still pending (see `pending`). */
export function createRecord(signals: Pick<Signals, 'gpc' | 'jurisdiction' | 'model'>, d: Decision, source: Source): ConsentRecord {
  return {
    id: d.id,
    subjectId: d.subjectId,
    revision: d.revision,
    categories: d.categories,
    method: d.method,
    gpc: signals.gpc,
    timestamp: d.timestamp,
    language: null,
    notice: null,
    url: location.origin + location.pathname,
    sdkVersion: __VERSION__,
    noticeText: '',
    source,
    jurisdiction: signals.jurisdiction,
    model: signals.model,
    ageGroup: d.ageGroup ?? null
  }
}

/** True while the record waits for `notice()` to tell what the visitor was shown. */
export const pending = (r: ConsentRecord): boolean => r.language === null
