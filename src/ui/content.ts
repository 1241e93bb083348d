import type { Category, Config } from '../config'
import { categoryText, fill, type PluralForms, type Strings, type Texts } from '../i18n'
import type { Notice, NoticeAction, NoticeLayer, NoticeRow } from '../manager'
import { heldByGpc, type Signals } from '../signals'

/** What a button does. */
export type Action = NoticeAction

/** One category as the preferences dialog shows it. */
export type Row = NoticeRow

/** One layer of the UI, every string in reading order; the components render exactly this. */
export type Layer = NoticeLayer

/** The first layers a visitor can be shown: which one shows depends on the model, the age gate and the decision. */
export interface FirstLayers {
  /** The opt-in banner (SPEC 2). */
  banner: Layer
  /** The opt-out notice (SPEC 3.5). */
  notice: Layer
  /** The age question (SPEC 3.6). */
  age: Layer
  /** What a minor is told, with the way for a guardian to decide. */
  minor: Layer
}

/** Everything the UI shows in the language shown. */
export interface Content extends FirstLayers {
  /** The language tag shown. */
  language: string
  /** Its writing direction. */
  dir: 'ltr' | 'rtl'
  /** Second layer. */
  prefs: Layer
  /** The dialog's note while a guardian decides for a minor. */
  guardianNote: string
  /** The second confirmation of a sensitive category: its text and the two answers. */
  sensitive: { text: string; yes: string; no: string }
  /** Label of the floating button. */
  settings: string
}

/** Builds what the UI shows from the config, the signals and the strings of the language shown. */
export function buildContent(config: Config, signals: Signals, { language, dir, strings: s }: Texts): Content {
  const lasts = days(config.expiresDays, language, s.days)
  const gpc = config.categories.some(c => heldByGpc(signals, c))
  const url = config.privacyPolicyUrl
  const link: Layer['link'] = url ? [s.policy, url] : undefined
  const age = { age: config.ageGate }
  const layer = (title: string, body: string[], buttons: Layer['buttons'], close?: string): Layer => ({ title, body, link, rows: [], buttons, close })
  return {
    language,
    dir,
    settings: s.settings,
    banner: layer(s.title, gpc ? [s.text, s.gpc] : [s.text], [['accept', s.acceptAll], ['reject', s.rejectAll], ['manage', s.manage]]),
    notice: layer(s.optOutTitle, signals.gpc ? [s.optOutText, s.gpcHonoured] : [s.optOutText],
      [['opt-out', s.doNotSell], ['manage', s.manage]], s.close),
    age: layer(s.ageTitle, [fill(s.ageText, age)], [['adult', fill(s.ageAdult, age)], ['minor', fill(s.ageMinor, age)]]),
    minor: layer(s.title, [s.minorText], [['guardian', s.guardian]], s.close),
    prefs: {
      title: s.prefsTitle,
      body: gpc ? [s.prefsText, s.gpc] : [s.prefsText],
      rows: config.categories.map(c => row(c, signals, s, lasts)),
      buttons: [['accept', s.acceptAll], ['reject', s.rejectAll], ['save', s.save]],
      close: s.close
    },
    guardianNote: fill(s.guardianNote, age),
    sensitive: { text: s.sensitiveConfirm, yes: s.sensitiveYes, no: s.sensitiveNo }
  }
}

function row(c: Category, signals: Signals, s: Strings, lasts: string): Row {
  const badges = [c.required && s.required, heldByGpc(signals, c) && s.gpcBadge, c.sensitive && s.sensitive].filter(Boolean) as string[]
  const details: [string, string][] = []
  const add = (label: string, values: readonly string[]) => values.length && details.push([label, values.join(', ')])
  add(s.cookies, c.written.cookies)
  add(s.storage, c.written.storage)
  add(s.hosts, c.written.hosts)
  add(s.vendors, c.vendors)
  if (!c.required) add(s.duration, [lasts])
  return { name: c.name, ...categoryText(s, c.name), badges, details, required: c.required, sensitive: c.sensitive }
}

/** A number of days in the language shown, in its plural form ("1 day", "365 Tage", "5 dní"). */
function days(n: number, language: string, forms: PluralForms): string {
  let form: Intl.LDMLPluralRule = 'other'
  try {
    form = new Intl.PluralRules(language).select(n)
  } catch {}
  return fill(forms[form] ?? forms.other, { n })
}

/**
 * Every string the visitor can be shown in this page's model, in reading order, one per line: the
 * text a notice hash proves. The first layers come first (the opt-out notice where the model is
 * opt-out; else, with an age gate, the age question and what a minor is told; then the banner),
 * then the dialog (with the guardian's note and the sensitive confirmation where they apply). The
 * privacy policy's URL follows its label: where the policy lives is part of what was told.
 */
export function noticeText(content: Content, shown: Shown): string {
  const layers = noticeLayers(content, shown)
  const lines = (l: Layer | undefined) => l ? [
    l.title,
    ...l.body,
    ...(l.link ? l.link : []),
    ...l.rows.flatMap(r => [r.title, ...r.badges, r.description, ...r.details.flat()]),
    ...l.buttons.map(b => b[1]),
    l.close
  ] : []
  const { text, yes, no } = layers.sensitive || {}
  return [layers.age, layers.minor, layers.banner, layers.preferences].flatMap(lines)
    .concat(layers.guardianNote, text, yes, no).filter(Boolean).join('\n')
}

/** What decides which layers a visitor can be shown: the model, and whether an age gate runs. */
export interface Shown {
  model: Signals['model']
  ageGate: number
}

/**
 * The layers a visitor can be shown in this page's model, as `notice()` hands them to a site's
 * own UI: the opt-out notice as the first layer where the model is opt-out; else the banner, after
 * the age question and the minor's note with an age gate; the dialog; the guardian's note with an
 * age gate and the sensitive confirmation with a sensitive category.
 */
export function noticeLayers(content: Content, { model, ageGate }: Shown): Omit<Notice, 'hash' | 'language' | 'text'> {
  const gate = model == 'opt-in' && ageGate > 0
  return {
    dir: content.dir,
    ...gate ? { age: content.age, minor: content.minor } : {},
    banner: model == 'opt-out' ? content.notice : content.banner,
    preferences: content.prefs,
    ...gate ? { guardianNote: content.guardianNote } : {},
    ...content.prefs.rows.some(r => r.sensitive) ? { sensitive: content.sensitive } : {}
  }
}
