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
  if (catastrophic(source)) throw new SyntaxError('a nested quantifier such as (a+)+ can take exponential time')
  return new RegExp(source, flags.replace(/[gy]/g, ''))
}

/**
 * True for a RegExp source of the shape that can backtrack exponentially: a repeated group that
 * itself repeats something (`(a+)+`, `(a*b?)*`, `((ab)+c){2,}`). Escapes and character classes
 * are read as one character, then groups are reduced innermost first. Other slow shapes (an
 * alternation of overlapping branches under a quantifier, `(a|a)*`) are not recognised: this is a
 * guard against the common mistake, not a proof that a pattern is fast.
 */
export function catastrophic(source: string): boolean {
  let s = source.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'x')
  for (let last = ''; s != last;) {
    last = s
    let nested = false
    s = s.replace(/\(([^()]*)\)([*+{]?)/g, (_, inside: string, after: string) => {
      const repeats = /[*+}]/.test(inside)
      if (repeats && after) nested = true
      return repeats || after ? 'x+' : 'x'
    })
    if (nested) return true
  }
  return false
}

/** True when any of the patterns matches the name. */
export function matchesAny(patterns: readonly RegExp[], name: string): boolean {
  return patterns.some(p => p.test(name))
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
