import type { Notice } from '../manager'
import { type Content, noticeText } from './content'

/** SHA-256 of `text` (UTF-8) as lowercase hex, or null where Web Crypto is missing (plain http). */
export async function sha256(text: string): Promise<string | null> {
  // A missing `crypto.subtle` throws here like a failing digest does.
  try {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))
    return Array.from(digest, b => b.toString(16).padStart(2, '0')).join('')
  } catch {
    return null
  }
}

/** The notice of what the visitor can be shown: every string, in reading order, and its hash. */
export async function createNotice(content: Content, shown: Parameters<typeof noticeText>[1]): Promise<Notice> {
  const text = noticeText(content, shown)
  return { hash: await sha256(text), language: content.language, text }
}
