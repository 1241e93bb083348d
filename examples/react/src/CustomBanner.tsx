import type { Layer, Notice, NoticeAction, NoticeLayer } from 'consentry'
import { type ReactNode, useEffect, useState } from 'react'
import type { Category } from '../../config'
import { consent } from '../../consent'

/**
 * The site's own banner and preferences dialog (`ui: false`). It renders the strings of
 * `consent.notice()`, every one and in their order, and no consent text of its own, so the hash
 * each record carries proves what this visitor was shown. To change a word, change it in the
 * config's `translations`: the notice (and its hash) follows. Each string a visitor reads is
 * marked `data-notice`, which the end-to-end test compares with the record's `noticeText`.
 */
export function CustomBanner() {
  const [layer, setLayer] = useState<Layer>(null)
  const [notice, setNotice] = useState<Notice<Category>>()
  useEffect(() => consent.on('ui', setLayer), [])
  // The texts load with the lazy part, when something is first to be shown.
  useEffect(() => {
    if (layer && !notice) void consent.notice().then(setNotice)
  }, [layer, notice])
  if (!layer || !notice?.banner || !notice.preferences) return null

  const decided = () => consent.hide()
  const act = (action: NoticeAction, source: 'banner' | 'preferences', choices?: Partial<Record<Category, boolean>>) => {
    if (action == 'manage') return consent.showPreferences()
    const done = action == 'accept' ? consent.acceptAll({ source })
      : action == 'reject' ? consent.rejectAll({ source })
      : consent.update(choices ?? {}, { source })
    void done.then(decided)
  }
  return (
    <div className="consent" lang={notice.language} dir={notice.dir}>
      {layer == 'banner'
        ? (
          <section role="region" aria-labelledby="consent-title">
            <Texts texts={notice.banner} id="consent-title" act={a => act(a, 'banner')} />
          </section>
        )
        : <Preferences texts={notice.preferences} act={(a, choices) => act(a, 'preferences', choices)} />}
    </div>
  )
}

/** The dialog: one switch per category, each starting at what is granted now. */
function Preferences({ texts, act }: { texts: NoticeLayer<Category>, act: (action: NoticeAction, choices: Partial<Record<Category, boolean>>) => void }) {
  const [choices, setChoices] = useState<Partial<Record<Category, boolean>>>(() => ({ ...consent.grants.get() }))
  const close = () => consent.get() ? consent.hide() : consent.showBanner()
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="prefs-title">
      <Texts texts={texts} id="prefs-title" act={a => act(a, choices)} after={<button type="button" data-notice onClick={close}>{texts.close}</button>}>
        <ul>
          {texts.rows.map(row => (
            <li key={row.name}>
              <label>
                <input type="checkbox" role="switch" checked={!!choices[row.name]} disabled={row.required}
                  onChange={e => setChoices(c => ({ ...c, [row.name]: e.target.checked }))} />
                <span data-notice>{row.title}</span>
              </label>
              {row.badges.map(badge => <span key={badge} data-notice> {badge}</span>)}
              {row.description && <p data-notice>{row.description}</p>}
              {row.details.length > 0 && (
                <dl>{row.details.map(([label, value]) => <div key={label}><dt data-notice>{label}</dt> <dd data-notice>{value}</dd></div>)}</dl>
              )}
            </li>
          ))}
        </ul>
      </Texts>
    </div>
  )
}

/** One layer's strings in the notice's order: heading, paragraphs, policy link, the children (switches), buttons, then `after`. */
function Texts({ texts, id, act, children, after }: { texts: NoticeLayer<Category>, id: string, act: (action: NoticeAction) => void, children?: ReactNode, after?: ReactNode }) {
  return (
    <>
      <h2 id={id} data-notice>{texts.title}</h2>
      {texts.body.map(p => <p key={p} data-notice>{p}</p>)}
      {texts.link && <p><a data-notice href={texts.link[1]}>{texts.link[0]}</a></p>}
      {children}
      <p>{texts.buttons.map(([action, label]) => <button key={action} type="button" data-notice onClick={() => act(action)}>{label}</button>)}</p>
      {after}
    </>
  )
}
