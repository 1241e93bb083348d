import { grantsOf, readConsent } from 'consentry/server'
import { atom } from 'nanostores'
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { config } from '../../config'
import { App } from './App'

/**
 * Renders a page for one request: the grants come from the request's consent cookie, read as the
 * browser will read it, so the client's first render (from `consent.grants`) hydrates with no mismatch.
 * @param cookieHeader the request's `Cookie` header
 */
export function render(_url: string, cookieHeader: string | undefined): string {
  const grants = atom(grantsOf(readConsent(cookieHeader, config), config))
  return renderToString(<StrictMode><App grants={grants} /></StrictMode>)
}
