/** Turns the strings the SDK puts into script sinks into Trusted Types values. */
export interface ScriptPolicy {
  /** The URL of a script to load: a Consentry sibling file, or a gated script's `data-src`. */
  scriptUrl(url: string): string
  /** The text of a gated inline script the site wrote. */
  script(text: string): string
}

type TrustedTypesWindow = Window & {
  trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(s: string): string; createScript(s: string): string }): { createScriptURL(s: string): unknown; createScript(s: string): unknown } }
}

let policy: ScriptPolicy | undefined

/**
 * The SDK's one Trusted Types policy, named `consentry`, so a page with
 * `require-trusted-types-for 'script'; trusted-types consentry` lets it load its sibling files and
 * release gated scripts. It passes strings through unchanged: they come from the site's own markup
 * or from the SDK's own file names, and only the SDK holds the policy. Where the browser has no
 * Trusted Types, or refuses the name, strings go to the sinks as they are (and an enforcing page
 * then blocks them, which the callers report).
 */
export function scriptPolicy(): ScriptPolicy {
  if (!policy) {
    let made: ReturnType<NonNullable<TrustedTypesWindow['trustedTypes']>['createPolicy']> | undefined
    try {
      made = (window as TrustedTypesWindow).trustedTypes?.createPolicy('consentry', { createScriptURL: s => s, createScript: s => s })
    } catch {}
    policy = {
      scriptUrl: url => (made ? made.createScriptURL(url) : url) as string,
      script: text => (made ? made.createScript(text) : text) as string
    }
  }
  return policy
}
