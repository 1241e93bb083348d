// Who may read the log: a request with the log token as a bearer header, or a browser with the
// session cookie that signing in with the token sets.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

/** The session cookie's name. */
export const COOKIE = 'consentry_log_session'
/** How long a sign-in lasts, in seconds. */
export const SESSION_SECONDS = 12 * 60 * 60

const digest = value => createHash('sha256').update(String(value)).digest()
const same = (a, b) => timingSafeEqual(digest(a), digest(b))

/**
 * @param {{ token: string | undefined, now?: () => number }} options
 * @returns `{ configured, allows(req), checkToken(value), cookie(req) }`
 */
export function createAuth({ token, now = Date.now }) {
  if (token !== undefined && (typeof token != 'string' || token.length < 16)) throw new Error('logToken: must be a string of at least 16 characters')
  // The cookie carries a signature made with a key derived from the token, never the token itself.
  const key = token && createHmac('sha256', token).update('consentry log session').digest()
  const sign = expires => createHmac('sha256', key).update(String(expires)).digest('base64url')

  const checkToken = value => Boolean(token) && typeof value == 'string' && same(value, token)

  function allows(req) {
    if (!token) return false
    const bearer = /^Bearer[ ]+(\S+)$/i.exec(req.headers.authorization || '')
    if (bearer) return checkToken(bearer[1])
    const session = new RegExp(`(?:^|;\\s*)${COOKIE}=(\\d+)\\.([\\w-]+)`).exec(req.headers.cookie || '')
    return Boolean(session) && Number(session[1]) * 1000 > now() && same(session[2], sign(session[1]))
  }

  /** The Set-Cookie value of a new session; Secure when the request came over https. */
  function cookie(req, expires = Math.floor(now() / 1000) + SESSION_SECONDS) {
    const secure = req.socket.encrypted || req.headers['x-forwarded-proto'] == 'https' ? '; Secure' : ''
    return `${COOKIE}=${expires}.${sign(expires)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_SECONDS}${secure}`
  }

  return { configured: Boolean(token), allows, checkToken, cookie }
}

/** The Set-Cookie value that ends a session. */
export const signedOut = () => `${COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`
