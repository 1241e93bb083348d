import { useStore } from '@nanostores/react'
import type { ReadableAtom } from 'nanostores'
import type { Category } from '../../config'
import { consent, headless } from '../../consent'
import { CustomBanner } from './CustomBanner'

/** What the App renders from: the grants store (on the server, one filled from `readConsent`). */
export interface AppProps {
  grants?: ReadableAtom<Readonly<Record<Category, boolean>>>
}

/** The page: what each category is granted, live, and a widget that renders only once analytics is. */
export function App({ grants = consent.grants }: AppProps) {
  const granted = useStore(grants)
  return (
    <main>
      <h1>Consentry with React</h1>
      <ul aria-label="Consent">
        {Object.entries(granted).map(([name, on]) => <li key={name}>{name}: {on ? 'granted' : 'denied'}</li>)}
      </ul>
      {granted.analytics && <p role="status">Analytics widget loaded</p>}
      <button type="button" data-consentry="preferences">Cookie settings</button>
      {headless && <CustomBanner />}
    </main>
  )
}
