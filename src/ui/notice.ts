import type { Notice } from '../manager'
import { type Content, noticeText } from './content'

/** SHA-256 of `text` (UTF-8) as lowercase hex, or null where Web Crypto is missing (plain http). */
export async function sha256(text: string): Promise<string | null> {
  // A missing `crypto.subtle` throws here like a failing digest does.
  try {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))
    return Array.from(digest, b => (b | 256).toString(16).slice(1)).join('')
  } catch {
    return null
  }
}

/** The notice of what banner and dialog say: every string, in reading order, and its hash. */
export function createNotice(content: Content): Promise<Notice> {
  const text = noticeText(content)
  return sha256(text).then(hash => ({ hash, language: content.language, text }))
}
