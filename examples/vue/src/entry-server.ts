import { grantsOf, readConsent } from 'consentry/server'
import { atom } from 'nanostores'
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { config } from '../../config'
import App from './App.vue'

/**
 * Renders a page for one request: the grants come from the request's consent cookie, read as the
 * browser will read it, so the client's first render (from `consent.grants`) hydrates with no mismatch.
 * @param cookieHeader the request's `Cookie` header
 */
export function render(_url: string, cookieHeader: string | undefined): Promise<string> {
  const grants = atom(grantsOf(readConsent(cookieHeader, config), config))
  return renderToString(createSSRApp(App, { grants }))
}
