import { init } from 'consentry'
import { config } from './config'

/**
 * Whether this page renders its own banner. A site picks one; this example serves both: `/`
 * shows the built-in banner, `/headless` the site's own (`ui: false`). On the server there is no
 * page (and `init` returns an inert manager there), so the question does not arise.
 */
export const headless = !import.meta.env.SSR && location.pathname == '/headless'

/** The page's one consent manager, started at import, before the first render. */
export const consent = init(headless ? { ...config, ui: false } : config)

// Hot reload: the old manager stops before the edited module starts its own, with the new config;
// then the modules that use `consent` are updated too, so they hold the new one.
if (import.meta.hot) {
  import.meta.hot.dispose(() => consent.destroy())
  import.meta.hot.accept(() => import.meta.hot!.invalidate())
}
