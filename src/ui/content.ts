import type { Config } from '../config'
import { categoryText, type Texts } from '../i18n'
import { heldByGpc, type Signals } from '../signals'

/** What a button does. */
export type Action = 'accept' | 'reject' | 'manage' | 'save'

/** One category as the preferences dialog shows it. */
export interface Row {
  /** The category key. */
  name: string
  /** The switch's label. */
  title: string
  /** What the category is for (may be empty). */
  description: string
  /** The badge beside the title: "Always on" for a required category, else empty. */
  badge: string
  /** Locked on. */
  required: boolean
}

/** One layer of the UI (banner or dialog), every string in reading order; the components render exactly this. */
export interface Layer {
  /** Heading. */
  title: string
  /** Paragraphs of safe text. */
  body: string[]
  /** The privacy policy link: label and URL. */
  link?: [label: string, url: string]
  /** Category switches (dialog only). */
  rows: Row[]
  /** Buttons, in order. */
  buttons: [Action, string][]
  /** Label of the close button (dialog only). */
  close?: string
}

/** Both layers in the language shown. */
export interface Content {
  /** The language tag shown. */
  language: string
  /** Its writing direction. */
  dir: 'ltr' | 'rtl'
  /** First layer. */
  banner: Layer
  /** Second layer. */
  prefs: Layer
  /** Label of the floating button. */
  settings: string
}

/** Builds what banner and dialog show from the config, the signals and the strings of the language shown. */
export function buildContent(config: Config, signals: Signals, { language, dir, strings: s }: Texts): Content {
  const gpc = config.categories.some(c => heldByGpc(signals, c))
  const body = (text: string) => gpc ? [text, s.gpc] : [text]
  const url = config.privacyPolicyUrl
  return {
    language,
    dir,
    settings: s.settings,
    banner: {
      title: s.title,
      body: body(s.text),
      link: url ? [s.policy, url] : undefined,
      rows: [],
      buttons: [['accept', s.acceptAll], ['reject', s.rejectAll], ['manage', s.manage]]
    },
    prefs: {
      title: s.prefsTitle,
      body: body(s.prefsText),
      rows: config.categories.map(c => ({
        name: c.name,
        ...categoryText(s, c.name),
        badge: c.required ? s.required : '',
        required: c.required
      })),
      buttons: [['accept', s.acceptAll], ['reject', s.rejectAll], ['save', s.save]],
      close: s.close
    }
  }
}

/**
 * Every string of banner then dialog, in reading order, one per line: the text a notice hash
 * proves. The privacy policy's URL follows its label, since where the policy lives is part of
 * what the visitor was told.
 */
export function noticeText(content: Content): string {
  return [content.banner, content.prefs].flatMap(l => [
    l.title,
    ...l.body,
    ...(l.link ? [l.link[0], l.link[1]] : []),
    ...l.rows.flatMap(r => [r.title, r.badge, r.description]),
    ...l.buttons.map(b => b[1]),
    l.close
  ]).filter(Boolean).join('\n')
}
