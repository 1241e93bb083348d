const REGEXP_STRING = /^\/(.+)\/([dgimsuy]*)$/

/**
 * Turns a config pattern into a RegExp: a RegExp stays as it is (without the stateful `g`/`y`),
 * `"/src/flags"` is parsed as a RegExp, and any other string is an exact name where `*` matches
 * any run of characters.
 * @throws SyntaxError for a `"/…/"` string that is not a valid RegExp.
 */
export function compilePattern(pattern: string | RegExp): RegExp {
  if (pattern instanceof RegExp) return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''))
  const literal = REGEXP_STRING.exec(pattern)
  if (literal) return new RegExp(literal[1], literal[2].replace(/[gy]/g, ''))
  return new RegExp('^' + pattern.split('*').map(escape).join('.*') + '$')
}

/** Compiles a host pattern: `*.x.example` matches subdomains of `x.example`, not itself. */
export function compileHost(host: string): RegExp {
  return compilePattern(host.toLowerCase())
}

/** True when any of the patterns matches the whole name. */
export function matchesAny(patterns: readonly RegExp[], name: string): boolean {
  for (const p of patterns) if (p.test(name)) return true
  return false
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
