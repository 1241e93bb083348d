import type { IncomingMessage } from 'node:http'

/** The session cookie's name. */
export const COOKIE: string
/** How long a sign-in lasts, in seconds. */
export const SESSION_SECONDS: number
/** Checks the log token (bearer header or session cookie) and makes session cookies. */
export function createAuth(options: { token: string | undefined; now?: () => number }): {
  configured: boolean
  allows(req: IncomingMessage): boolean
  checkToken(value: unknown): boolean
  /** The Set-Cookie value of a new session. */
  cookie(req: IncomingMessage): string
}
/** The Set-Cookie value that ends a session. */
export function signedOut(): string
