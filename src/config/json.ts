const TOKEN = /"(?:[^"\\]|\\.)*"|[{}[\]:,]/g

/**
 * Finds keys written twice in one object of a JSON text. JSON.parse keeps the last of two equal
 * keys, which would silently hide a category named twice in the JSON config block.
 * @returns one message per duplicate, naming its key path
 */
export function findDuplicateKeys(text: string): string[] {
  const stack: (Set<string> | null)[] = []
  const path: string[] = []
  const found: string[] = []
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
      if (keys.has(key)) found.push(`"${[...path.slice(1), key].join('.')}" is named twice`)
      keys.add(key)
    }
    prev = token
  }
  return found
}
