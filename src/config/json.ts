import type { Validation } from './validate'

const TOKEN = /"(?:[^"\\]|\\.)*"|[{}[\]:,]/g

/**
 * Parses the JSON config block. JSON.parse keeps the last of two equal keys, which would hide a
 * category named twice, so keys are first checked for duplicates in every object.
 */
export function parseConfigJson(text: string): { value: unknown; errors?: undefined } | Required<Pick<Validation, 'errors'>> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    return { errors: [`the JSON config block is not valid JSON: ${(e as Error).message}`] }
  }
  const stack: (Set<string> | null)[] = []
  const path: string[] = []
  let key: string | undefined
  let prev = ''
  for (const [token] of text.matchAll(TOKEN)) {
    if (token == '{' || token == '[') {
      stack.push(token == '{' ? new Set() : null)
      path.push(key ?? '')
      key = undefined
    } else if (token == '}' || token == ']') {
      stack.pop()
      path.pop()
    } else if (token[0] == '"' && (prev == '{' || prev == ',') && stack[stack.length - 1]) {
      const keys = stack[stack.length - 1]!
      key = JSON.parse(token) as string
      if (keys.has(key)) return { errors: [`"${[...path.slice(1), key].join('.')}" is named twice`] }
      keys.add(key)
    }
    prev = token
  }
  return { value }
}
