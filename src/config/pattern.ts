const REGEXP_STRING = /^\/(.+)\/([dgimsuy]*)$/

/**
 * Turns a config pattern into a RegExp: a RegExp keeps its source and flags (without the stateful
 * `g`/`y`), `"/src/flags"` is parsed as a RegExp, and any other string is an exact name where `*`
 * matches any run of characters.
 * @throws SyntaxError for a `"/…/"` string that is not a valid RegExp.
 */
export function compilePattern(pattern: string | RegExp): RegExp {
  const [, source, flags] = pattern instanceof RegExp ? [, pattern.source, pattern.flags]
    : REGEXP_STRING.exec(pattern) || [, '^' + pattern.split('*').map(escape).join('.*') + '$', '']
  return new RegExp(source!, flags!.replace(/[gy]/g, ''))
}

/** True when any of the patterns matches the whole name. */
export function matchesAny(patterns: readonly RegExp[], name: string): boolean {
  for (const p of patterns) if (p.test(name)) return true
  return false
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
