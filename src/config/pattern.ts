const REGEXP_STRING = /^\/(.+)\/([dgimsuy]*)$/

/**
 * Turns a config pattern into a RegExp that matches whole names: a RegExp keeps its source and
 * flags (without the stateful `g`/`y`), `"/src/flags"` is parsed as a RegExp, and any other
 * string is an exact name in which `*` matches any run of characters.
 * @throws SyntaxError for a `"/…/"` string that is not a valid RegExp
 */
export function compilePattern(pattern: string | RegExp): RegExp {
  const literal = typeof pattern == 'string' && REGEXP_STRING.exec(pattern)
  const [source, flags] = pattern instanceof RegExp ? [pattern.source, pattern.flags]
    : literal ? [literal[1], literal[2]]
    : ['^' + pattern.split('*').map(escape).join('.*') + '$', '']
  return new RegExp(source, flags.replace(/[gy]/g, ''))
}

/** True when any of the patterns matches the name. */
export function matchesAny(patterns: readonly RegExp[], name: string): boolean {
  return patterns.some(p => p.test(name))
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
