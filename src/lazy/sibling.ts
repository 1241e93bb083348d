import { scriptPolicy } from '../trusted-types'

/** What a sibling file registers when it runs: its release and what it exports. */
interface Registration {
  version: string
  exports: unknown
}

// Not `Window &`: the declared `window.Consentry` is the public global, this is its private registry.
type ConsentryWindow = { Consentry?: { _files?: Record<string, Registration> } }

/**
 * A sibling file hands itself to the core that loaded it by registering under its file name, so
 * one global (`Consentry`) is all the SDK ever defines.
 */
export function registerFile(file: string, exports: unknown): void {
  const w = window as unknown as ConsentryWindow
  ;((w.Consentry ||= {})._files ||= {})[file] = { version: __VERSION__, exports }
}

/**
 * Returns a loader of the files that sit beside `consentry.min.js`: each is loaded once, from the
 * core's own folder and with its query string (so `?v=…` cache busting reaches the sibling files
 * too), with the core tag's nonce. A file that fails to load, or comes from another release,
 * rejects with an Error that names it and its URL.
 */
export function siblingLoader(coreScript: HTMLScriptElement | null): <T>(file: string) => Promise<T> {
  const loading: Record<string, Promise<unknown>> = {}
  return <T>(file: string) => (loading[file] ||= new Promise((resolve, reject) => {
    const core = new URL(coreScript?.src || 'consentry.min.js', document.baseURI)
    const url = new URL(file, core)
    url.search = core.search
    const fail = (why: string) => reject(new Error(`${file} from ${url.href} ${why}`))
    const tag = document.createElement('script')
    tag.nonce = coreScript?.nonce || ''
    tag.onerror = () => fail('could not be loaded: put it beside consentry.min.js, from the same release.')
    tag.onload = () => {
      const found = (window as unknown as ConsentryWindow).Consentry?._files?.[file]
      if (!found) fail('ran but did not register: it is not a Consentry file of this release.')
      else if (found.version != __VERSION__) fail(`is version ${found.version}, but consentry.min.js is ${__VERSION__}: serve both files of one release.`)
      else resolve(found.exports)
    }
    try {
      tag.src = scriptPolicy().scriptUrl(url.href)
    } catch (e) {
      return fail(`is blocked by the page's Trusted Types policy (allow "consentry" in trusted-types): ${(e as Error).message}`)
    }
    document.head.appendChild(tag)
  })) as Promise<T>
}
