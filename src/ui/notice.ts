import type { Notice } from '../manager'
import { type Content, noticeText } from './content'

/** SHA-256 of `text` (UTF-8) as lowercase hex, or null where Web Crypto is missing (plain http). */
export async function sha256(text: string): Promise<string | null> {
  const subtle = typeof crypto != 'undefined' && crypto.subtle
  if (!subtle) return null
  try {
    const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)))
    return Array.from(digest, b => (b < 16 ? '0' : '') + b.toString(16)).join('')
  } catch {
    return null
  }
}

/** The notice of what banner and dialog say, hashed once so it is ready before the first click. */
export function createNotice(content: Content): Promise<Notice> {
  const text = noticeText(content)
  return sha256(text).then(hash => ({ hash, language: content.language, text }))
}
